#pragma once
// detail::PodBuffer: the growable malloc/realloc array that TableData's column store is made of.

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace mgrdesk::protocol {

namespace detail {

// A growable array of trivially copyable values on malloc/realloc: the column store's buffers. Unlike
// std::string/std::vector, growing a large buffer reallocates in place (glibc remaps big blocks rather than
// copying them) and squeezing it at the end returns the spare pages without a copy; appends are inline.
template<typename T> class PodBuffer
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    PodBuffer() = default;
    PodBuffer(const PodBuffer &other) { append(other.m_data, other.m_size); }
    PodBuffer(PodBuffer &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {
    }
    PodBuffer &operator=(const PodBuffer &other)
    {
        if (this != &other) {
            m_size = 0;
            append(other.m_data, other.m_size);
        }
        return *this;
    }
    PodBuffer &operator=(PodBuffer &&other) noexcept
    {
        if (this != &other) {
            std::free(m_data);
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
            m_capacity = std::exchange(other.m_capacity, 0);
        }
        return *this;
    }
    ~PodBuffer() { std::free(m_data); }

    const T *data() const { return m_data ? m_data : &s_empty; } // never null, like std::string's
    T *data() { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &back() const { return m_data[m_size - 1]; }

    void push_back(T value)
    {
        if (m_size == m_capacity)
            grow(m_size + 1);
        m_data[m_size++] = value;
    }
    void append(const T *values, size_t count)
    {
        if (count == 0)
            return;
        if (m_capacity - m_size < count)
            grow(m_size + count);
        std::memcpy(m_data + m_size, values, count * sizeof(T));
        m_size += count;
    }
    // Shrinks, or grows filling with `fill`.
    void resize(size_t size, T fill = T())
    {
        if (size > m_capacity)
            grow(size);
        for (size_t i = m_size; i < size; ++i)
            m_data[i] = fill;
        m_size = size;
    }
    void reserve(size_t capacity)
    {
        if (capacity > m_capacity)
            reallocate(capacity);
    }
    void shrink_to_fit()
    {
        if (m_size == 0) {
            std::free(m_data);
            m_data = nullptr;
            m_capacity = 0;
        } else if (m_size < m_capacity) {
            reallocate(m_size);
        }
    }

private:
    void grow(size_t needed)
    {
        size_t capacity = m_capacity < 16 ? 16 : m_capacity * 2;
        reallocate(capacity < needed ? needed : capacity);
    }
    void reallocate(size_t capacity)
    {
        if (capacity > SIZE_MAX / sizeof(T))
            throw std::bad_alloc();
        void *p = std::realloc(static_cast<void *>(m_data), capacity * sizeof(T));
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = capacity;
    }

    static inline const T s_empty {};
    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace detail

} // namespace mgrdesk::protocol
