#include "Console.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ccm::cli {

Console::Console(QIODevice* in, QIODevice* out, QIODevice* err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{}

Console& Console::standard()
{
    static QFile in;
    static QFile out;
    static QFile err;
    static bool opened = [] {
        // No stdio buffer for standard input: it would keep the last passphrase or secret read from a pipe for the
        // rest of the process's life, out of reach of wipe().
        std::setvbuf(stdin, nullptr, _IONBF, 0);
        in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        return true;
    }();
    Q_UNUSED(opened)
    static Console console(&in, &out, &err);
    return console;
}

void Console::print(const QString& text)
{
    m_out->write(text.toUtf8());
}

void Console::println(const QString& text)
{
    m_out->write(text.toUtf8() + '\n');
}

void Console::error(const QString& text)
{
    m_err->write(text.toUtf8() + '\n');
}

SecureBytes Console::readAllInput()
{
    QByteArray data = m_in->readAll();
    return SecureBytes::adopt(data);
}

SecureBytes Console::readInputLine()
{
    QByteArray line = m_in->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return SecureBytes::adopt(line);
}

bool Console::inputIsTerminal() const
{
    auto* file = qobject_cast<QFile*>(m_in);
    return file && file->handle() >= 0 && isatty(file->handle()) == 1;
}

std::optional<SecureBytes> Console::promptHidden(const QString& prompt)
{
    auto* file = qobject_cast<QFile*>(m_in);
    if (!inputIsTerminal() || !file)
        return std::nullopt;
    const int fd = file->handle();
    m_err->write(prompt.toUtf8());
    termios saved{};
    tcgetattr(fd, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fd, TCSAFLUSH, &silent);
    SecureBytes line = readInputLine();
    tcsetattr(fd, TCSAFLUSH, &saved);
    m_err->write("\n");
    return line;
}

Result<SecureBytes> readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("usage.passphrase-file"),
                     Console::tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()),
                     {}};
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return SecureBytes::adopt(line);
}

} // namespace ccm::cli
