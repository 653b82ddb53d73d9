#pragma once
// Shared by bench_gui.cpp (the parent: servers, children, figures) and gui_children.cpp (the measuring
// children of `mgrdesk-bench gui`).
#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace mgrdesk::bench::gui {

constexpr const char *kChildEnv = "MGRDESK_BENCH_GUI_CHILD";

struct ServerInfo
{
    QUrl url;
    QString certFile; // the served certificate (PEM), pinned by the children
};

// The demo server over HTTPS with a generated certificate, at --scale N (1,000·N payments).
class Server
{
public:
    ~Server();
    bool start(int scale);
    ServerInfo info() const { return m_info; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    ServerInfo m_info;
};

// Runs one measuring child (mode: first-real, first-base, stall-real, stall-base); returns the exit code.
int runChild(const QByteArray &mode);

// VmRSS / VmHWM of a process, MiB (0 when unknown).
double statusMiB(const QByteArray &key, qint64 pid = 0);

} // namespace mgrdesk::bench::gui
