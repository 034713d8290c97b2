#pragma once

#include "Command.h"

#include "certificate/Inspection.h"
#include "certificate/PassphraseProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace ccm::cli {

/// Where a command's passphrases come from: --passphrase-file, --passphrase-stdin or the terminal.
class CliPassphraseProvider final : public PassphraseProvider
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::CliPassphraseProvider)

public:
    CliPassphraseProvider(Console& console, std::optional<SecureBytes> fixed);
    std::optional<SecureBytes> passphrase(const PassphraseRequest& request) override;

private:
    Console& m_console;
    std::optional<SecureBytes> m_fixed;
};

/// Options shared by inspect and import: input files, passphrase source, name, enterprise project, SM pair.
struct BundleOptions
{
    void addTo(QCommandLineParser& parser);
    /// Reads the files and the passphrase source; on failure prints why and returns ExitUsage through exitCode.
    bool load(const QCommandLineParser& parser, Console& console, InspectionRequest& request,
              std::unique_ptr<CliPassphraseProvider>& passphrases, int& exitCode);

    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text.")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                      QStringLiteral("Read the key/PFX passphrase from the first line of FILE."),
                                      QStringLiteral("FILE")};
    QCommandLineOption passphraseStdin{QStringLiteral("passphrase-stdin"),
                                       QStringLiteral("Read the key/PFX passphrase from standard input.")};
    QCommandLineOption name{QStringLiteral("name"),
                            QStringLiteral("Certificate name in CCM (3-63 of A-Z a-z 0-9 _ - .); default: made "
                                           "from the CN and expiry date."),
                            QStringLiteral("NAME")};
    QCommandLineOption enterpriseProject{QStringLiteral("enterprise-project-id"),
                                         QStringLiteral("Enterprise project: 0, all, or its ID."),
                                         QStringLiteral("ID")};
    QCommandLineOption encCert{QStringLiteral("enc-cert"),
                               QStringLiteral("SM2 dual certificates: the encryption certificate file."),
                               QStringLiteral("FILE")};
    QCommandLineOption encKey{QStringLiteral("enc-key"),
                              QStringLiteral("SM2 dual certificates: the encryption private key file."),
                              QStringLiteral("FILE")};
    QCommandLineOption trustRoot{
        QStringLiteral("trust-root"),
        QStringLiteral("Also trust the root CA certificate(s) in FILE (your private PKI), so a "
                       "chain that ends there counts as complete. May be repeated."),
        QStringLiteral("FILE")};

    /// The trust store for the inspection: the system's roots plus --trust-root (or, when none is given,
    /// fallbackRoots, e.g. a profile's). Prints why not and returns null when a file cannot be used.
    std::shared_ptr<const TrustStore> trustStore(const QCommandLineParser& parser, Console& console,
                                                 const QStringList& fallbackRoots = {}) const;
};

/// Renders an inspection as the text report of `ccmctl inspect`.
QString inspectionText(const Inspection& inspection);

/// `ccmctl inspect`: read, assemble and check certificate files; print what would be sent and what is wrong.
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace ccm::cli
