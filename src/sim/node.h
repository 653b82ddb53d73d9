#pragma once
// A reply tree of the simulator: a tiny element tree (name, attributes, text, children) that the writers turn
// into XML, JSON or HTML. Big lists do not live in it: a node may carry a RowSource that the writers pull one
// row at a time, so a 100,000-row page is written straight to the output without a tree of its rows.
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace mgrdesk::sim {

struct Node;

// Produces the rows ("elem" nodes) of a list page on demand.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual int count() const = 0;
    virtual Node row(int index) const = 0;
};

struct Node
{
    QString name;
    QList<QPair<QString, QString>> attrs;
    QString text;
    std::vector<Node> children;
    std::shared_ptr<const RowSource> rows; // rows written after the children, as repeated "elem" children

    Node() = default;
    explicit Node(const QString &n, const QString &t = QString())
        : name(n)
        , text(t)
    {
    }

    Node &attr(const QString &key, const QString &value)
    {
        attrs.append({ key, value });
        return *this;
    }
    QString attrValue(const QString &key) const
    {
        for (const auto &a : attrs)
            if (a.first == key)
                return a.second;
        return QString();
    }
    Node &add(Node child)
    {
        children.push_back(std::move(child));
        return children.back();
    }
    Node &add(const QString &n, const QString &t = QString()) { return add(Node(n, t)); }
    Node *find(const QString &n)
    {
        for (auto &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    const Node *find(const QString &n) const
    {
        for (const auto &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
};

} // namespace mgrdesk::sim
