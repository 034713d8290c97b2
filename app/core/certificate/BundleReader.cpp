#include "certificate/BundleReader.h"

#include "certificate/OpenSsl.h"
#include "certificate/PbeLimits.h"
#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

namespace ccm {

namespace {

const QString kInput = QStringLiteral("input");
const QString kPrivateKeyField = QStringLiteral("private_key");

Finding inputError(const QString& code, const QString& message, const QString& source,
                   const QString& field = QStringLiteral("input"), const QString& scmCode = {})
{
    return Finding{Severity::Error, code, field, message, scmCode, source};
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

bool isBlank(const QByteArray& data)
{
    return std::all_of(data.cbegin(), data.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
}

/// True when bytes look like text rather than a binary container: no NULs and few control characters.
bool looksLikeText(const QByteArray& data)
{
    qsizetype control = 0;
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control * 20 < data.size();
}

/// Text editors and Windows tools save BOMs and UTF-16; JSON pastes carry literal "\n". All become plain UTF-8 here.
QByteArray normalizeText(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(data.mid(2));
        data = text.toUtf8();
    }
    if (data.contains("-----BEGIN ") && data.contains("\\n")) {
        data.replace("\\r\\n", "\n");
        data.replace("\\n", "\n");
    }
    return data;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
           c == '=';
}

QByteArray wrapBase64(const QByteArray& body)
{
    QByteArray wrapped;
    wrapped.reserve(body.size() + body.size() / 64 + 2);
    for (qsizetype i = 0; i < body.size(); i += 64) {
        wrapped.append(body.mid(i, 64));
        wrapped.append('\n');
    }
    return wrapped;
}

int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userdata)
{
    const auto* passphrase = static_cast<const SecureBytes*>(userdata);
    if (!passphrase || size <= 0)
        return 0;
    const int length = static_cast<int>(std::min<qsizetype>(passphrase->size(), size));
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(length));
    return length;
}

int noPassphraseCallback(char* /*buffer*/, int /*size*/, int /*rwflag*/, void* /*userdata*/)
{
    return 0;
}

/// Parses DER as one T and returns it only when it spans all of der; trailing bytes mean it is something else.
template<typename T, typename D2i, typename Free>
T* parseWhole(const QByteArray& der, D2i d2i, Free free)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    T* object = d2i(nullptr, &cursor, static_cast<long>(der.size()));
    ossl::clearErrors();
    if (object && cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        free(object);
        return nullptr;
    }
    return object;
}

/// Decodes an unencrypted PKCS#8 PrivateKeyInfo. Naming the key type up front spares OpenSSL 3.0 from trying every
/// decoder it has, which is most of the cost of reading a key. Null when der is not such a structure.
ossl::PkeyPtr decodePrivateKeyInfo(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::P8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, static_cast<long>(der.size())));
    if (!info || cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        ossl::clearErrors();
        return {};
    }
    const ASN1_OBJECT* algorithm = nullptr;
    const X509_ALGOR* identifier = nullptr;
    PKCS8_pkey_get0(&algorithm, nullptr, nullptr, &identifier, info.get());
    const char* keyType = nullptr;
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption:
        keyType = "RSA";
        break;
    case NID_rsassaPss:
        keyType = "RSA-PSS";
        break;
    case NID_ED25519:
        keyType = "ED25519";
        break;
    case NID_ED448:
        keyType = "ED448";
        break;
    case NID_sm2:
        keyType = "SM2";
        break;
    case NID_X9_62_id_ecPublicKey: {
        int parameterType = 0;
        const void* parameter = nullptr;
        X509_ALGOR_get0(nullptr, &parameterType, &parameter, identifier);
        const bool sm2 =
            parameterType == V_ASN1_OBJECT && OBJ_obj2nid(static_cast<const ASN1_OBJECT*>(parameter)) == NID_sm2;
        keyType = sm2 ? "SM2" : "EC";
        break;
    }
    default:
        break;
    }
    EVP_PKEY* key = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, ossl::Deleter<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>> decoder(
        OSSL_DECODER_CTX_new_for_pkey(&key, "DER", "PrivateKeyInfo", keyType, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (decoder) {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        size_t length = static_cast<size_t>(der.size());
        if (OSSL_DECODER_from_data(decoder.get(), &data, &length) != 1 && key) {
            EVP_PKEY_free(key);
            key = nullptr;
        }
    }
    ossl::clearErrors();
    return ossl::PkeyPtr(key);
}

} // namespace

struct BundleReader::Block
{
    QByteArray label;
    QByteArray headers; ///< RFC 1421 headers (Proc-Type, DEK-Info) of traditional encrypted keys, with line ends
    QByteArray base64;  ///< the body without whitespace
    QByteArray canonicalPem() const
    {
        QByteArray pem = "-----BEGIN " + label + "-----\n";
        if (!headers.isEmpty())
            pem += headers + '\n';
        pem += wrapBase64(base64);
        pem += "-----END " + label + "-----\n";
        return pem;
    }
};

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
                       [](const Finding& f) { return f.isError() && f.code.startsWith(QLatin1String("input.")); });
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

void BundleReader::readText(const QByteArray& text, const InputSource& input, int sourceIndex, ReadResult& result) const
{
    static const QByteArray kBegin = "-----BEGIN ";
    static const QByteArray kEnd = "-----END ";
    static const QByteArray kDashes = "-----";

    qsizetype pos = text.indexOf(kBegin);
    if (pos < 0) {
        // Base64 of a DER object without PEM lines is what some consoles show; accept it when it is exactly that.
        QByteArray compact = text;
        compact.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (compact.size() >= 64 && decoded && readDer(*decoded, input, sourceIndex, result))
            return;
        result.findings.append(inputError(
            QStringLiteral("input.no-pem"),
            tr("%1 contains text but no certificate or key: there is no \"-----BEGIN …-----\" line. Choose the "
               ".pem, .crt, .cer or .key file your CA sent, or paste the block including its BEGIN and END lines.")
                .arg(input.name),
            input.name));
        return;
    }
    while (pos >= 0) {
        const qsizetype labelStart = pos + kBegin.size();
        const qsizetype labelEnd = text.indexOf(kDashes, labelStart);
        const qsizetype lineEnd = text.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
            result.findings.append(inputError(
                QStringLiteral("input.truncated"),
                tr("%1 has a damaged \"-----BEGIN\" line. Copy the block again, including the whole BEGIN line.")
                    .arg(input.name),
                input.name));
            return;
        }
        Block block;
        block.label = text.mid(labelStart, labelEnd - labelStart).trimmed();
        const qsizetype bodyStart = labelEnd + kDashes.size();
        const qsizetype endPos = text.indexOf(kEnd, bodyStart);
        const qsizetype nextBegin = text.indexOf(kBegin, bodyStart);
        if (endPos < 0 || (nextBegin >= 0 && nextBegin < endPos)) {
            const bool isKey = block.label.contains("KEY");
            result.findings.append(
                inputError(QStringLiteral("input.truncated"),
                           tr("%1 is cut off: the \"%2\" block has no \"-----END %2-----\" line. The file was probably "
                              "copied or downloaded incompletely; get it again from your CA or copy the whole block.")
                               .arg(input.name, QString::fromLatin1(block.label)),
                           input.name, isKey ? kPrivateKeyField : QStringLiteral("certificate"),
                           isKey ? QStringLiteral("SCM.0012") : QStringLiteral("SCM.0006")));
            if (nextBegin < 0)
                return;
            pos = nextBegin;
            continue;
        }
        const qsizetype endLabelStart = endPos + kEnd.size();
        const qsizetype endLabelEnd = text.indexOf(kDashes, endLabelStart);
        const QByteArray endLabel =
            endLabelEnd < 0 ? QByteArray() : text.mid(endLabelStart, endLabelEnd - endLabelStart).trimmed();
        if (endLabel != block.label) {
            result.findings.append(inputError(
                QStringLiteral("input.truncated"),
                tr("%1: the block \"-----BEGIN %2-----\" ends with \"-----END %3-----\". Parts of two blocks "
                   "were probably pasted together; copy each block whole.")
                    .arg(input.name, QString::fromLatin1(block.label), QString::fromLatin1(endLabel)),
                input.name));
        } else {
            // The body starts on the line after BEGIN; headers (Proc-Type, DEK-Info) come first, then a blank line.
            const qsizetype firstLine = text.indexOf('\n', bodyStart);
            const qsizetype from = firstLine < 0 || firstLine > endPos ? bodyStart : firstLine + 1;
            const QByteArray body = text.mid(from, endPos - from);
            bool badCharacter = false;
            bool inHeaders = true;
            for (QByteArray line : body.split('\n')) {
                line = line.trimmed();
                if (line.isEmpty()) {
                    inHeaders = false;
                    continue;
                }
                if (inHeaders && line.contains(':')) {
                    block.headers += line + '\n';
                    continue;
                }
                inHeaders = false;
                for (const char c : std::as_const(line)) {
                    if (c == ' ' || c == '\t')
                        continue;
                    if (!isBase64Char(c))
                        badCharacter = true;
                    block.base64.append(c);
                }
            }
            if (badCharacter || block.base64.isEmpty()) {
                result.findings.append(inputError(
                    QStringLiteral("input.bad-base64"),
                    tr("%1: the \"%2\" block is damaged (its content is not valid Base64). Copy it again from the "
                       "original file without editing it.")
                        .arg(input.name, QString::fromLatin1(block.label)),
                    input.name, block.label.contains("KEY") ? kPrivateKeyField : QStringLiteral("certificate"),
                    block.label.contains("KEY") ? QStringLiteral("SCM.0012") : QStringLiteral("SCM.0006")));
            } else {
                readBlock(block, input, sourceIndex, result);
            }
        }
        pos = endLabelEnd < 0 ? -1 : text.indexOf(kBegin, endLabelEnd);
    }
}

void BundleReader::readBlock(const Block& block, const InputSource& input, int sourceIndex, ReadResult& result) const
{
    const QByteArray& label = block.label;
    const auto der = QByteArray::fromBase64Encoding(block.base64, QByteArray::AbortOnBase64DecodingErrors);
    const auto damaged = [&](const QString& field, const QString& scmCode) {
        ossl::clearErrors();
        result.findings.append(inputError(
            QStringLiteral("input.corrupt"),
            tr("%1: the \"%2\" block could not be decoded: its structure is invalid. The content was changed "
               "or cut; copy it again from the original file.")
                .arg(input.name, QString::fromLatin1(label)),
            input.name, field, scmCode));
    };
    if (!der) {
        damaged(QStringLiteral("certificate"), QStringLiteral("SCM.0006"));
        return;
    }
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
        Certificate certificate = Certificate::fromDer(*der);
        if (certificate.isNull())
            damaged(QStringLiteral("certificate"), QStringLiteral("SCM.0006"));
        else
            addCertificate(std::move(certificate), input, sourceIndex, result);
    } else if (label == "TRUSTED CERTIFICATE") {
        ossl::X509Ptr x509(parseWhole<X509>(*der, d2i_X509_AUX, X509_free));
        if (!x509)
            damaged(QStringLiteral("certificate"), QStringLiteral("SCM.0006"));
        else
            addCertificate(Certificate(std::move(x509)), input, sourceIndex, result);
    } else if (label == "PKCS7" || label == "CERTIFICATE CHAIN") {
        if (!readDer(*der, input, sourceIndex, result))
            damaged(QStringLiteral("certificate_chain"), QStringLiteral("SCM.0013"));
    } else if (label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY" ||
               label == "ENCRYPTED PRIVATE KEY" || label == "SM2 PRIVATE KEY") {
        const bool encrypted = label == "ENCRYPTED PRIVATE KEY" || block.headers.contains("ENCRYPTED");
        if (label == "PRIVATE KEY") {
            if (ossl::PkeyPtr key = decodePrivateKeyInfo(*der)) {
                result.keys.append(SourcedKey{PrivateKey(std::move(key)), input.name, false});
                return;
            }
        }
        if (label == "ENCRYPTED PRIVATE KEY") {
            ossl::X509SigPtr sig(parseWhole<X509_SIG>(*der, d2i_X509_SIG, X509_SIG_free));
            if (const auto excess = pbe::excessOf(sig.get())) {
                result.findings.append(costFinding(*excess, input.name, false));
                return;
            }
        }
        readPemKey(block.canonicalPem(), encrypted, input, result);
    } else if (label == "EC PARAMETERS") {
        // Written in front of EC keys by `openssl ecparam -genkey`; the key itself names its curve.
    } else if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST") {
        result.findings.append(inputError(
            QStringLiteral("input.csr"),
            tr("%1 holds a certificate signing request (CSR), not a certificate. Upload the certificate your CA "
               "issued for this request instead.")
                .arg(input.name),
            input.name, QStringLiteral("certificate"), QStringLiteral("SCM.0006")));
    } else if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY") {
        result.findings.append(
            inputError(QStringLiteral("input.public-key"),
                       tr("%1 holds a public key. The import needs the private key that belongs to the certificate; it "
                          "was created together with the CSR (often a .key file on the server).")
                           .arg(input.name),
                       input.name, kPrivateKeyField, QStringLiteral("SCM.0012")));
    } else if (label == "X509 CRL") {
        result.findings.append(
            inputError(QStringLiteral("input.crl"),
                       tr("%1 holds a certificate revocation list (CRL), which is not imported. Choose the certificate "
                          "file instead.")
                           .arg(input.name),
                       input.name));
    } else {
        result.findings.append(inputError(
            QStringLiteral("input.unsupported-block"),
            tr("%1 holds a \"%2\" block, which is neither a certificate nor a private key. Remove it or choose "
               "the certificate and key files.")
                .arg(input.name, QString::fromLatin1(label)),
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
    if (ossl::Pkcs7Ptr p7(parseWhole<PKCS7>(der, d2i_PKCS7, PKCS7_free)); p7) {
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
            X509* x509 = sk_X509_value(certificates, i);
            X509_up_ref(x509);
            addCertificate(Certificate(ossl::X509Ptr(x509)), input, sourceIndex, result);
        }
        return true;
    }
    if (ossl::Pkcs12Ptr p12(parseWhole<PKCS12>(der, d2i_PKCS12, PKCS12_free)); p12) {
        readPkcs12(der, input, sourceIndex, result);
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
    if (ossl::X509SigPtr sig(parseWhole<X509_SIG>(der, d2i_X509_SIG, X509_SIG_free)); sig) {
        readEncryptedPkcs8Der(der, input, result);
        return true;
    }
    if (X509_REQ* request = parseWhole<X509_REQ>(der, d2i_X509_REQ, X509_REQ_free)) {
        X509_REQ_free(request);
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

namespace {

/// Asks the provider up to BundleReader::kMaxPassphraseAttempts times; attempt() returns true when the answer worked.
enum class PassphraseOutcome {
    Accepted,
    Declined,
    Wrong,
    NoProvider,
};

PassphraseOutcome askPassphrase(PassphraseProvider* provider, const QString& source, PassphraseRequest::Kind kind,
                                const std::function<bool(const SecureBytes&)>& attempt)
{
    if (!provider)
        return PassphraseOutcome::NoProvider;
    bool previousWasWrong = false;
    for (int i = 1; i <= BundleReader::kMaxPassphraseAttempts; ++i) {
        const auto passphrase = provider->passphrase(PassphraseRequest{source, kind, i, previousWasWrong});
        if (!passphrase)
            return previousWasWrong ? PassphraseOutcome::Wrong : PassphraseOutcome::Declined;
        if (attempt(*passphrase))
            return PassphraseOutcome::Accepted;
        previousWasWrong = true;
    }
    return PassphraseOutcome::Wrong;
}

} // namespace

static Finding passphraseFinding(PassphraseOutcome outcome, const QString& source, bool container)
{
    const QString what = container ? BundleReader::tr("The PKCS#12 file %1").arg(source)
                                   : BundleReader::tr("The private key in %1").arg(source);
    if (outcome == PassphraseOutcome::Wrong) {
        return inputError(QStringLiteral("input.passphrase-wrong"),
                          BundleReader::tr("%1 could not be decrypted: the passphrase is wrong. Enter the passphrase "
                                           "that was set when the file was exported (it is case-sensitive).")
                              .arg(what),
                          source, kPrivateKeyField);
    }
    return inputError(QStringLiteral("input.passphrase-needed"),
                      BundleReader::tr("%1 is protected by a passphrase. Provide it (in ccmctl with "
                                       "--passphrase-file or --passphrase-stdin); the key is decrypted in memory "
                                       "and sent unencrypted, as the service requires.")
                          .arg(what),
                      source, kPrivateKeyField);
}

void BundleReader::readPemKey(const QByteArray& pem, bool encrypted, const InputSource& input, ReadResult& result) const
{
    if (!encrypted) {
        auto bio = ossl::readBio(pem);
        ossl::PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphraseCallback, nullptr));
        if (!key) {
            result.findings.append(
                inputError(QStringLiteral("input.corrupt-key"),
                           tr("%1: the private key could not be read (%2). Copy it again from the original file.")
                               .arg(input.name, ossl::drainErrors().section(QLatin1Char('\n'), 0, 0)),
                           input.name, kPrivateKeyField, QStringLiteral("SCM.0012")));
            return;
        }
        result.keys.append(SourcedKey{PrivateKey(std::move(key)), input.name, false});
        return;
    }
    ossl::PkeyPtr decrypted;
    const auto outcome =
        askPassphrase(m_provider, input.name, PassphraseRequest::Kind::PrivateKey, [&](const SecureBytes& passphrase) {
            auto bio = ossl::readBio(pem);
            decrypted.reset(
                PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, const_cast<SecureBytes*>(&passphrase)));
            ossl::clearErrors();
            return decrypted != nullptr;
        });
    if (outcome != PassphraseOutcome::Accepted) {
        result.findings.append(passphraseFinding(outcome, input.name, false));
        return;
    }
    result.keys.append(SourcedKey{PrivateKey(std::move(decrypted)), input.name, true});
}

void BundleReader::readEncryptedPkcs8Der(const QByteArray& der, const InputSource& input, ReadResult& result) const
{
    {
        ossl::X509SigPtr sig(parseWhole<X509_SIG>(der, d2i_X509_SIG, X509_SIG_free));
        if (const auto excess = pbe::excessOf(sig.get())) {
            result.findings.append(costFinding(*excess, input.name, false));
            return;
        }
    }
    ossl::PkeyPtr decrypted;
    const auto outcome =
        askPassphrase(m_provider, input.name, PassphraseRequest::Kind::PrivateKey, [&](const SecureBytes& passphrase) {
            ossl::X509SigPtr sig(parseWhole<X509_SIG>(der, d2i_X509_SIG, X509_SIG_free));
            if (!sig)
                return false;
            ossl::P8InfoPtr info(PKCS8_decrypt(sig.get(), passphrase.constData(), static_cast<int>(passphrase.size())));
            if (info)
                decrypted.reset(EVP_PKCS82PKEY(info.get()));
            ossl::clearErrors();
            return decrypted != nullptr;
        });
    if (outcome != PassphraseOutcome::Accepted) {
        result.findings.append(passphraseFinding(outcome, input.name, false));
        return;
    }
    result.keys.append(SourcedKey{PrivateKey(std::move(decrypted)), input.name, true});
}

namespace {

/// What a PKCS#12 file holds once decrypted.
struct Pkcs12Contents
{
    ossl::PkeyPtr key; ///< the first key, as PKCS12_parse() keeps it
    std::vector<ossl::X509Ptr> certificates;
};

enum class Pkcs12Status {
    Parsed,
    WrongPassphrase,
    Failed,    ///< a part would not decrypt although the MAC matched (old algorithms without the legacy provider)
    TooCostly, ///< a key inside an encrypted part asks for an absurd derivation
};

/// Walks safe bags like PKCS12_parse() does, but checks every shrouded key's derivation cost before decrypting it.
Pkcs12Status collectBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const char* passphrase, int length,
                         Pkcs12Contents& contents, pbe::Excess& excess, int depth)
{
    constexpr int kMaxDepth = 8;
    if (depth > kMaxDepth)
        return Pkcs12Status::Failed;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
            if (!contents.key)
                contents.key.reset(EVP_PKCS82PKEY(PKCS12_SAFEBAG_get0_p8inf(bag)));
            break;
        case NID_pkcs8ShroudedKeyBag: {
            if (contents.key)
                break;
            if (const auto tooMuch = pbe::excessOf(PKCS12_SAFEBAG_get0_pkcs8(bag))) {
                excess = *tooMuch;
                return Pkcs12Status::TooCostly;
            }
            ossl::P8InfoPtr info(PKCS12_decrypt_skey(bag, passphrase, length));
            if (!info)
                return Pkcs12Status::Failed;
            contents.key.reset(EVP_PKCS82PKEY(info.get()));
            break;
        }
        case NID_certBag:
            if (PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
                if (ossl::X509Ptr x509(PKCS12_SAFEBAG_get1_cert(bag)); x509)
                    contents.certificates.push_back(std::move(x509));
            }
            break;
        case NID_safeContentsBag: {
            const auto status =
                collectBags(PKCS12_SAFEBAG_get0_safes(bag), passphrase, length, contents, excess, depth + 1);
            if (status != Pkcs12Status::Parsed)
                return status;
            break;
        }
        default:
            break;
        }
    }
    ossl::clearErrors();
    return Pkcs12Status::Parsed;
}

/// Verifies the MAC and decrypts the parts and keys with one passphrase. The caller has checked what
/// pbe::excessOf(p12) can see; keys inside encrypted parts are checked here before they are decrypted.
Pkcs12Status parsePkcs12(PKCS12* p12, const char* passphrase, int length, Pkcs12Contents& contents, pbe::Excess& excess)
{
    contents = {};
    if (PKCS12_mac_present(p12) && PKCS12_verify_mac(p12, passphrase, length) != 1) {
        ossl::clearErrors();
        return Pkcs12Status::WrongPassphrase;
    }
    ossl::Pkcs7StackPtr authSafes(PKCS12_unpack_authsafes(p12));
    if (!authSafes) {
        ossl::clearErrors();
        return Pkcs12Status::Failed;
    }
    for (int i = 0; i < sk_PKCS7_num(authSafes.get()); ++i) {
        PKCS7* part = sk_PKCS7_value(authSafes.get(), i);
        ossl::SafeBagStackPtr bags;
        switch (OBJ_obj2nid(part->type)) {
        case NID_pkcs7_data:
            bags.reset(PKCS12_unpack_p7data(part));
            break;
        case NID_pkcs7_encrypted:
            bags.reset(PKCS12_unpack_p7encdata(part, passphrase, length));
            break;
        default:
            continue;
        }
        if (!bags) {
            ossl::clearErrors();
            return Pkcs12Status::Failed;
        }
        const auto status = collectBags(bags.get(), passphrase, length, contents, excess, 0);
        if (status != Pkcs12Status::Parsed)
            return status;
    }
    ossl::clearErrors();
    return Pkcs12Status::Parsed;
}

} // namespace

void BundleReader::readPkcs12(const QByteArray& der, const InputSource& input, int sourceIndex,
                              ReadResult& result) const
{
    ossl::Pkcs12Ptr p12(parseWhole<PKCS12>(der, d2i_PKCS12, PKCS12_free));
    // Every iteration count the file names is read before the first key derivation: a hostile file could
    // otherwise keep a core busy for minutes per passphrase tried.
    if (const auto excess = pbe::excessOf(p12.get())) {
        result.findings.append(costFinding(*excess, input.name, true));
        return;
    }
    Pkcs12Contents contents;
    pbe::Excess excess;
    bool legacyMissing = false;
    bool tooCostly = false;

    const auto parseWith = [&](const char* passphrase, int length) {
        auto status = parsePkcs12(p12.get(), passphrase, length, contents, excess);
        if (status == Pkcs12Status::Failed) {
            // Old exports (RC2-40, 3DES) need OpenSSL's legacy provider; load it on demand and try once more.
            if (!ossl::ensureLegacyProvider()) {
                legacyMissing = true;
                return true; // the passphrase was right (or there is no MAC to tell); stop asking
            }
            status = parsePkcs12(p12.get(), passphrase, length, contents, excess);
        }
        if (status == Pkcs12Status::TooCostly) {
            tooCostly = true;
            return true;
        }
        return status == Pkcs12Status::Parsed;
    };

    // Many exports have no passphrase: try an empty and an absent one before asking.
    bool parsed = parseWith("", 0) || parseWith(nullptr, 0);
    bool usedPassphrase = false;
    if (!parsed) {
        const auto outcome =
            askPassphrase(m_provider, input.name, PassphraseRequest::Kind::Pkcs12, [&](const SecureBytes& passphrase) {
                // PKCS12 APIs take a NUL-terminated string: make one that is wiped afterwards.
                SecureBytes terminated(passphrase.view());
                terminated.append(QByteArrayView("\0", 1));
                return parseWith(terminated.constData(), static_cast<int>(passphrase.size()));
            });
        if (outcome != PassphraseOutcome::Accepted) {
            result.findings.append(passphraseFinding(outcome, input.name, true));
            return;
        }
        parsed = true;
        usedPassphrase = true;
    }
    if (tooCostly) {
        result.findings.append(costFinding(excess, input.name, true));
        return;
    }
    if (legacyMissing) {
        result.findings.append(inputError(
            QStringLiteral("input.legacy-unavailable"),
            tr("%1 uses old encryption (RC2 or DES) that needs OpenSSL's legacy provider, which is not installed "
               "here. Export the PFX again with AES (e.g. `openssl pkcs12 -export` without -legacy), or install "
               "the OpenSSL legacy provider.")
                .arg(input.name),
            input.name));
        return;
    }
    if (!contents.key && contents.certificates.empty()) {
        result.findings.append(inputError(
            QStringLiteral("input.empty-pkcs12"),
            tr("%1 is a PKCS#12 file with nothing in it. Export it again with the certificate and private key.")
                .arg(input.name),
            input.name));
        return;
    }
    if (contents.key) {
        // The certificate of the key comes first, as PKCS12_parse() returns it apart from the others.
        const auto own =
            std::find_if(contents.certificates.begin(), contents.certificates.end(), [&](const ossl::X509Ptr& x509) {
                const bool matches = X509_check_private_key(x509.get(), contents.key.get());
                ossl::clearErrors();
                return matches;
            });
        if (own != contents.certificates.end())
            std::rotate(contents.certificates.begin(), own, own + 1);
        result.keys.append(SourcedKey{PrivateKey(std::move(contents.key)), input.name, usedPassphrase});
    }
    for (auto& x509 : contents.certificates)
        addCertificate(Certificate(std::move(x509)), input, sourceIndex, result);
}

} // namespace ccm
