#include "InspectCommand.h"

#include "Console.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ccm::cli {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("  %1 %2\n").arg(label.leftJustified(20), value);
}

QString describeCertificate(const CertificateDetails& d)
{
    QString text;
    text += row(InspectCommand::tr("Subject"), d.subjectDn);
    text += row(InspectCommand::tr("Issuer"), d.issuerDn);
    text += row(InspectCommand::tr("Serial"), d.serialHex);
    text +=
        row(InspectCommand::tr("Valid"), InspectCommand::tr("%1 to %2 (%3 days left)")
                                             .arg(d.notBefore.toString(Qt::ISODate), d.notAfter.toString(Qt::ISODate))
                                             .arg(d.daysLeft));
    QStringList names;
    for (const auto& san : d.subjectAltNames) {
        QString entry = san.display;
        if (san.display != san.value)
            entry += QStringLiteral(" (%1)").arg(san.value);
        if (san.type == SubjectAltName::Type::Ip)
            entry = QStringLiteral("IP:") + entry;
        else if (san.type == SubjectAltName::Type::Email)
            entry = QStringLiteral("email:") + entry;
        else if (san.type == SubjectAltName::Type::Uri)
            entry = QStringLiteral("URI:") + entry;
        names.append(entry);
    }
    if (!names.isEmpty())
        text += row(InspectCommand::tr("Alternative names"), names.join(QLatin1String(", ")));
    QString key = d.publicKeyAlgorithm;
    if (!d.publicKeyCurve.isEmpty())
        key += QLatin1Char(' ') + d.publicKeyCurve;
    else if (d.publicKeyBits > 0)
        key += InspectCommand::tr(" %1 bits").arg(d.publicKeyBits);
    text += row(InspectCommand::tr("Public key"), key);
    text += row(InspectCommand::tr("Signature"), d.signatureAlgorithm);
    if (!d.keyUsage.isEmpty())
        text += row(InspectCommand::tr("Key usage"), d.keyUsage.join(QLatin1String(", ")));
    if (!d.extendedKeyUsage.isEmpty())
        text += row(InspectCommand::tr("Extended key usage"), d.extendedKeyUsage.join(QLatin1String(", ")));
    if (d.hasBasicConstraints) {
        QString constraints = d.isCa ? QStringLiteral("CA") : QStringLiteral("not a CA");
        if (d.isCa && d.pathLength >= 0)
            constraints += QStringLiteral(", pathlen %1").arg(d.pathLength);
        text += row(InspectCommand::tr("Basic constraints"), constraints);
    }
    if (!d.subjectKeyId.isEmpty())
        text += row(InspectCommand::tr("Subject key ID"), d.subjectKeyId);
    if (!d.authorityKeyId.isEmpty())
        text += row(InspectCommand::tr("Authority key ID"), d.authorityKeyId);
    if (!d.ocspUrls.isEmpty())
        text += row(InspectCommand::tr("OCSP"), d.ocspUrls.join(QLatin1String(", ")));
    if (!d.caIssuerUrls.isEmpty())
        text += row(InspectCommand::tr("CA issuers"), d.caIssuerUrls.join(QLatin1String(", ")));
    if (!d.crlUrls.isEmpty())
        text += row(InspectCommand::tr("CRL"), d.crlUrls.join(QLatin1String(", ")));
    text += row(InspectCommand::tr("SHA-1"), d.sha1);
    text += row(InspectCommand::tr("SHA-256"), d.sha256);
    text += row(InspectCommand::tr("Self-signed"), yesNo(d.selfSigned));
    return text;
}

} // namespace

CliPassphraseProvider::CliPassphraseProvider(Console& console, std::optional<SecureBytes> fixed)
    : m_console(console)
    , m_fixed(std::move(fixed))
{}

std::optional<SecureBytes> CliPassphraseProvider::passphrase(const PassphraseRequest& request)
{
    if (m_fixed)
        return request.previousWasWrong ? std::nullopt : m_fixed;
    if (!m_console.inputIsTerminal())
        return std::nullopt;
    const QString what = request.kind == PassphraseRequest::Kind::Pkcs12 ? tr("PKCS#12 file %1").arg(request.source)
                                                                         : tr("private key in %1").arg(request.source);
    const QString prompt =
        request.previousWasWrong
            ? tr("Wrong passphrase. Passphrase for the %1 (attempt %2 of 3): ").arg(what).arg(request.attempt)
            : tr("Passphrase for the %1: ").arg(what);
    return m_console.promptHidden(prompt);
}

void BundleOptions::addTo(QCommandLineParser& parser)
{
    parser.addOptions({json, passphraseFile, passphraseStdin, name, enterpriseProject, encCert, encKey, trustRoot});
}

std::shared_ptr<const TrustStore> BundleOptions::trustStore(const QCommandLineParser& parser, Console& console,
                                                            const QStringList& fallbackRoots) const
{
    const QStringList files = parser.isSet(trustRoot) ? parser.values(trustRoot) : fallbackRoots;
    auto store = TrustRoots::withSystem(files);
    if (!store) {
        console.error(store.error().message);
        return {};
    }
    return *store;
}

bool BundleOptions::load(const QCommandLineParser& parser, Console& console, InspectionRequest& request,
                         std::unique_ptr<CliPassphraseProvider>& passphrases, int& exitCode)
{
    exitCode = ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        console.error(InspectCommand::tr("No input: give the certificate, chain and key files (or one bundle, PFX "
                                         "or PKCS#7 file). See --help."));
        return false;
    }
    if (parser.isSet(passphraseFile) && parser.isSet(passphraseStdin)) {
        console.error(InspectCommand::tr("Use either --passphrase-file or --passphrase-stdin, not both."));
        return false;
    }
    if (parser.isSet(encCert) != parser.isSet(encKey)) {
        console.error(InspectCommand::tr("SM2 dual certificates need both --enc-cert and --enc-key."));
        return false;
    }
    std::optional<SecureBytes> fixed;
    if (parser.isSet(passphraseFile)) {
        auto passphrase = readPassphraseFile(parser.value(passphraseFile));
        if (!passphrase) {
            console.error(passphrase.error().message);
            return false;
        }
        fixed = std::move(*passphrase);
    } else if (parser.isSet(passphraseStdin)) {
        fixed = console.readInputLine();
    }
    passphrases = std::make_unique<CliPassphraseProvider>(console, std::move(fixed));

    // A file that cannot be read at all is a usage error here (exit status 2), not a finding.
    const auto load = [&](const QString& path, QList<InputSource>& into) {
        InputSource source = InputSource::fromFile(path);
        if (!source.readError.isEmpty()) {
            console.error(source.readError);
            return false;
        }
        into.append(std::move(source));
        return true;
    };
    for (const QString& file : files) {
        if (!load(file, request.inputs))
            return false;
    }
    if (parser.isSet(encCert) &&
        (!load(parser.value(encCert), request.encInputs) || !load(parser.value(encKey), request.encInputs)))
        return false;
    request.form.name = parser.value(name);
    request.form.enterpriseProjectId = parser.value(enterpriseProject);
    exitCode = ExitOk;
    return true;
}

QString inspectionText(const Inspection& inspection)
{
    QString text;
    const auto& bundle = inspection.bundle;
    if (!bundle.leaf.isNull()) {
        text += InspectCommand::tr("Certificate: %1\n").arg(bundle.leaf.displayName());
        text += describeCertificate(inspection.leafDetails);
    }
    if (!bundle.chain.isEmpty()) {
        text += InspectCommand::tr("\nChain as it will be sent (%n certificate(s), issuer of the certificate first):\n",
                                   nullptr, int(bundle.chain.size()));
        for (int i = 0; i < inspection.chainDetails.size(); ++i) {
            const auto& d = inspection.chainDetails.at(i);
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(d.subjectCn.isEmpty() ? d.subjectDn : d.subjectCn);
            text += InspectCommand::tr("     issued by %1, valid until %2, SHA-1 %3\n")
                        .arg(d.issuerCn.isEmpty() ? d.issuerDn : d.issuerCn, d.notAfter.toString(Qt::ISODate), d.sha1);
        }
    }
    if (!bundle.droppedRoots.isEmpty() || !bundle.unrelated.isEmpty() || bundle.duplicatesRemoved > 0) {
        text += InspectCommand::tr("\nLeft out:\n");
        for (const auto& root : bundle.droppedRoots)
            text += InspectCommand::tr("  root       %1\n").arg(root.displayName());
        for (const auto& stray : bundle.unrelated)
            text += InspectCommand::tr("  unrelated  %1\n").arg(stray.displayName());
        if (bundle.duplicatesRemoved > 0)
            text += InspectCommand::tr("  %n duplicate copy(ies)\n", nullptr, bundle.duplicatesRemoved);
    }
    if (!bundle.key.isNull()) {
        text += InspectCommand::tr("\nPrivate key: %1 from %2%3%4\n")
                    .arg(bundle.key.description(), bundle.keySource,
                         bundle.keyWasEncrypted ? InspectCommand::tr(", decrypted in memory") : QString(),
                         !bundle.leaf.isNull() && bundle.leaf.matches(bundle.key)
                             ? InspectCommand::tr(", matches the certificate")
                             : InspectCommand::tr(", does NOT match the certificate"));
    }
    if (!bundle.encCertificate.isNull()) {
        text += InspectCommand::tr("\nSM2 encryption certificate: %1\n").arg(bundle.encCertificate.displayName());
        text += describeCertificate(inspection.encDetails);
    }
    if (!inspection.findings.isEmpty()) {
        text += InspectCommand::tr("\nFindings:\n");
        for (const auto& f : inspection.findings) {
            QString head = QStringLiteral("  %1 %2").arg(severityName(f.severity).leftJustified(8), f.code);
            if (!f.scmCode.isEmpty())
                head += QStringLiteral(" [%1]").arg(f.scmCode);
            head += QStringLiteral(" (%1)").arg(f.field);
            text += head + QStringLiteral("\n      ") + f.message + QLatin1Char('\n');
        }
    }
    const int errors = int(std::count_if(inspection.findings.cbegin(), inspection.findings.cend(),
                                         [](const Finding& f) { return f.isError(); }));
    text += QLatin1Char('\n');
    if (inspection.payloadReady()) {
        text += InspectCommand::tr("Ready to import as \"%1\" (certificate %2, chain %3, key %4 characters).\n")
                    .arg(inspection.fields.name)
                    .arg(inspection.fields.certificate.size())
                    .arg(inspection.fields.certificateChain.size())
                    .arg(inspection.fields.privateKey.size());
    } else {
        text += InspectCommand::tr("Not ready to import: %n error(s) to fix first.\n", nullptr, errors);
    }
    return text;
}

QString InspectCommand::summary() const
{
    return tr("Show what certificate files hold, how they would be sent, and what is wrong with them.");
}

int InspectCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads certificates and keys (PEM in any order, DER, PKCS#7, PKCS#12, encrypted keys), sorts them into "
           "certificate, chain and key as CCM expects, and reports every problem before anything is sent.\n"
           "Exit status: 0 ready to import, 1 errors found, 2 usage or unreadable input."));
    parser.addHelpOption();
    BundleOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Certificate, chain, key, PFX or PKCS#7 files."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList{QStringLiteral("ccmctl inspect")} + arguments)) {
        console.error(parser.errorText() + QLatin1Char('\n') + tr("See `ccmctl inspect --help`."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.print(commandHelp(parser, name()));
        return ExitOk;
    }
    InspectionRequest request;
    std::unique_ptr<CliPassphraseProvider> passphrases;
    int exitCode = ExitOk;
    if (!options.load(parser, console, request, passphrases, exitCode))
        return exitCode;

    const auto trust = options.trustStore(parser, console);
    if (!trust)
        return ExitUsage;
    const Inspection inspection = Inspector(Clock::system(), trust).inspect(request, passphrases.get());
    if (parser.isSet(options.json))
        console.print(QString::fromUtf8(QJsonDocument(inspection.toJson()).toJson(QJsonDocument::Indented)));
    else
        console.print(inspectionText(inspection));
    if (inspection.unreadableInput)
        return ExitUsage;
    return inspection.payloadReady() ? ExitOk : ExitRefused;
}

} // namespace ccm::cli
