#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace ccm::cli {

/// Where a command writes and reads: the process streams in ccmctl, buffers in tests.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::Console)

public:
    Console(QIODevice* in, QIODevice* out, QIODevice* err);
    /// A console on the process's standard streams.
    static Console& standard();

    void print(const QString& text);   ///< to standard output, as is
    void println(const QString& text); ///< to standard output, with a newline
    void error(const QString& text);   ///< to standard error, with a newline

    /// All of standard input as bytes (for --passphrase-stdin and secrets piped in).
    SecureBytes readAllInput();
    /// The first line of standard input without its line end, wiped copy semantics.
    SecureBytes readInputLine();
    /// Asks on the terminal with echo off; empty when standard input is not a terminal.
    std::optional<SecureBytes> promptHidden(const QString& prompt);
    bool inputIsTerminal() const;

private:
    QIODevice* m_in;
    QIODevice* m_out;
    QIODevice* m_err;
};

/// Reads a passphrase file: the first line, without its line end. Errors say which file and why.
Result<SecureBytes> readPassphraseFile(const QString& path);

} // namespace ccm::cli
