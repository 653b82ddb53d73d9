#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("usage: mgrdesk-cli decode [--format auto|xml|json] FILE\n", stderr);
    return 2;
}
