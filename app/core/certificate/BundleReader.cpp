#include "certificate/BundleReader.h"

#include "certificate/BundleReaderParts.h"
#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>

// The reader is split by input shape: this file holds the entry points, the DER sniffing and the shared findings;
// PEM text is in BundleReaderPem.cpp, private keys and the passphrase loop in BundleReaderKeys.cpp, PKCS#12 in
// BundleReaderPkcs12.cpp.

namespace ccm {

namespace reader {

Finding inputError(const QString& code, const QString& message, const QString& source, const QString& field,
                   const QString& scmCode)
{
    return Finding{Severity::Error, code, field, message, scmCode, source, true};
}

Finding costFinding(const pbe::Excess& excess, const QString& source, bool container)
{
    const QString what = container ? BundleReader::tr("The PKCS#12 file %1").arg(source)
                                   : BundleReader::tr("The private key in %1").arg(source);
    QString cost;
    switch (excess.kind) {
    case pbe::Excess::Kind::Iterations:
        cost = BundleReader::tr("%1 key-derivation iterations (at most %2 are accepted)")
                   .arg(excess.value == UINT64_MAX ? BundleReader::tr("more than 2^64") : QString::number(excess.value))
                   .arg(pbe::kMaxIterations);
        break;
    case pbe::Excess::Kind::ScryptMemory:
        cost = BundleReader::tr("%1 MiB of memory for scrypt (at most %2 MiB are accepted)")
                   .arg(excess.value / (1024 * 1024))
                   .arg(pbe::kMaxScryptMemory / (1024 * 1024));
        break;
    case pbe::Excess::Kind::ScryptWork:
        cost = BundleReader::tr("scrypt work N·r·p = %1 (at most %2 is accepted)")
                   .arg(excess.value == UINT64_MAX ? BundleReader::tr("more than 2^64") : QString::number(excess.value))
                   .arg(pbe::kMaxScryptWork);
        break;
    }
    return inputError(QStringLiteral("input.pbe-too-costly"),
                      BundleReader::tr("%1 is not opened: decrypting it would need %2, which would keep the "
                                       "computer busy for minutes. Real exports use a few thousand iterations; "
                                       "export the file again with the usual settings.")
                          .arg(what, cost),
                      source, container ? kInput : kPrivateKeyField);
}

} // namespace reader

using namespace reader;

InputSource InputSource::fromFile(const QString& path, const QString& name)
{
    InputSource source;
    source.name = name.isEmpty() ? path : name;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists())
        source.readError = BundleReader::tr("%1: no such file.").arg(path);
    else if (info.isDir())
        source.readError = BundleReader::tr("%1 is a folder; choose the certificate or key files in it.").arg(path);
    else if (!file.open(QIODevice::ReadOnly))
        source.readError = BundleReader::tr("Cannot read %1: %2").arg(path, file.errorString());
    else
        source.data = file.read(BundleReader::kDefaultMaxInputSize + 1);
    return source;
}

bool ReadResult::hasUnreadableInput() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.isError() && f.unreadableInput; });
}

BundleReader::BundleReader(PassphraseProvider* provider)
    : m_provider(provider)
{}

ReadResult BundleReader::read(const QList<InputSource>& inputs) const
{
    ReadResult result;
    for (int i = 0; i < inputs.size(); ++i)
        read(inputs.at(i), i, result);
    return result;
}

void BundleReader::read(const InputSource& input, int sourceIndex, ReadResult& result) const
{
    if (!input.readError.isEmpty()) {
        result.findings.append(inputError(QStringLiteral("input.open"), input.readError, input.name));
        return;
    }
    const QByteArray& data = input.data;
    if (data.size() > m_maxInputSize) {
        result.findings.append(inputError(
            QStringLiteral("input.too-large"),
            tr("%1 is %2 KiB; certificate files are much smaller (the limit is %3 KiB). Choose the certificate, "
               "key or bundle file itself, not an archive or a log.")
                .arg(input.name)
                .arg(data.size() / 1024)
                .arg(m_maxInputSize / 1024),
            input.name));
        return;
    }
    if (data.isEmpty() || isBlank(data)) {
        result.findings.append(inputError(
            QStringLiteral("input.empty"),
            data.isEmpty() ? tr("%1 is empty. Choose the file your CA sent, or paste its content.").arg(input.name)
                           : tr("%1 holds only blank lines. Choose the file your CA sent, or "
                                "paste its content.")
                                 .arg(input.name),
            input.name));
        return;
    }
    const bool utf16 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    if (utf16 || looksLikeText(data)) {
        readText(normalizeText(data), input, sourceIndex, result);
        return;
    }
    if (!readDer(data, input, sourceIndex, result)) {
        result.findings.append(inputError(
            QStringLiteral("input.unrecognized"),
            tr("%1 is not a certificate, key, PKCS#7 or PKCS#12 file (its binary content matches none of them). "
               "Check that you picked the right file and that it was not damaged in transfer.")
                .arg(input.name),
            input.name));
    }
}

void BundleReader::addCertificate(Certificate certificate, const InputSource& input, int sourceIndex,
                                  ReadResult& result) const
{
    int position = 0;
    for (const auto& existing : std::as_const(result.certificates)) {
        if (existing.sourceIndex == sourceIndex)
            ++position;
    }
    result.certificates.append(SourcedCertificate{std::move(certificate), input.name, sourceIndex, position});
}

bool BundleReader::readDer(const QByteArray& der, const InputSource& input, int sourceIndex, ReadResult& result) const
{
    if (Certificate certificate = Certificate::fromDer(der); !certificate.isNull()) {
        addCertificate(std::move(certificate), input, sourceIndex, result);
        return true;
    }
    if (ossl::Pkcs7Ptr p7(parseWhole<ossl::Pkcs7Ptr>(der, d2i_PKCS7)); p7) {
        STACK_OF(X509)* certificates = nullptr;
        const int type = OBJ_obj2nid(p7->type);
        if (type == NID_pkcs7_signed && p7->d.sign)
            certificates = p7->d.sign->cert;
        else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
            certificates = p7->d.signed_and_enveloped->cert;
        if (!certificates || sk_X509_num(certificates) == 0) {
            result.findings.append(inputError(
                QStringLiteral("input.empty-pkcs7"),
                tr("%1 is a PKCS#7 file without certificates. Export it again with the certificates included.")
                    .arg(input.name),
                input.name, QStringLiteral("certificate_chain"), QStringLiteral("SCM.0013")));
            return true;
        }
        for (int i = 0; i < sk_X509_num(certificates); ++i) {
            // The PKCS#7 keeps its certificates: each one taken out gets a reference of its own.
            X509* shared = sk_X509_value(certificates, i);
            ossl::X509Ptr x509(X509_up_ref(shared) == 1 ? shared : nullptr);
            addCertificate(Certificate(std::move(x509)), input, sourceIndex, result);
        }
        return true;
    }
    if (ossl::Pkcs12Ptr p12 = parseWhole<ossl::Pkcs12Ptr>(der, d2i_PKCS12)) {
        readPkcs12(p12.get(), input, sourceIndex, result);
        return true;
    }
    if (ossl::PkeyPtr key = decodePrivateKeyInfo(der)) {
        result.keys.append(SourcedKey{PrivateKey(std::move(key)), input.name, false});
        return true;
    }
    {
        const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
        ossl::PkeyPtr key(d2i_AutoPrivateKey(nullptr, &cursor, static_cast<long>(der.size())));
        const bool whole = cursor == reinterpret_cast<const unsigned char*>(der.constData()) + der.size();
        ossl::clearErrors();
        if (key && whole) {
            result.keys.append(SourcedKey{PrivateKey(std::move(key)), input.name, false});
            return true;
        }
    }
    if (ossl::X509SigPtr sig(parseWhole<ossl::X509SigPtr>(der, d2i_X509_SIG)); sig) {
        readEncryptedPkcs8Der(der, input, result);
        return true;
    }
    if (const auto request = parseWhole<ossl::X509ReqPtr>(der, d2i_X509_REQ)) {
        result.findings.append(inputError(
            QStringLiteral("input.csr"),
            tr("%1 holds a certificate signing request (CSR), not a certificate. Upload the certificate your CA "
               "issued for this request instead.")
                .arg(input.name),
            input.name, QStringLiteral("certificate"), QStringLiteral("SCM.0006")));
        return true;
    }
    return false;
}

} // namespace ccm
