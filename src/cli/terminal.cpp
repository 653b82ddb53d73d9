#include "terminal.h"

#include <QtGlobal>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define MGRDESK_ISATTY _isatty
#define MGRDESK_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define MGRDESK_ISATTY isatty
#define MGRDESK_FILENO fileno
#endif

namespace mgrdesk::cli {

namespace {

bool isTerminal(FILE *stream)
{
    return MGRDESK_ISATTY(MGRDESK_FILENO(stream)) != 0;
}

std::optional<QString> readLineFrom(FILE *stream)
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stream)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
        if (line.size() > 4096)
            break; // no password is that long; never grow without bound on a runaway pipe
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

bool Terminal::stdinIsTerminal()
{
    return isTerminal(stdin);
}

bool Terminal::stdoutIsTerminal()
{
    return isTerminal(stdout);
}

bool Terminal::stderrIsTerminal()
{
    return isTerminal(stderr);
}

std::optional<QString> Terminal::readLine()
{
    return readLineFrom(stdin);
}

std::optional<QString> Terminal::readSecret(const QString &prompt)
{
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    std::optional<QString> line;
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(in, &mode);
    if (console)
        SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    line = readLineFrom(stdin);
    if (console)
        SetConsoleMode(in, mode);
#else
    termios saved {};
    const int fd = MGRDESK_FILENO(stdin);
    const bool tty = tcgetattr(fd, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    line = readLineFrom(stdin);
    if (tty)
        tcsetattr(fd, TCSAFLUSH, &saved);
#endif
    return line;
}

std::optional<QString> Terminal::password(const QString &prompt)
{
    const QByteArray env = qgetenv("MGRDESK_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    std::optional<QString> p = stdinIsTerminal() ? readSecret(prompt) : readLine();
    if (p && p->isEmpty())
        return std::nullopt;
    return p;
}

} // namespace mgrdesk::cli
