#include "certificate/BundleReader.h"

#include "certificate/BundleReaderParts.h"

#include <QStringDecoder>

#include <openssl/x509.h>

#include <algorithm>

// PEM text: finding the blocks in pasted or saved text, and handing each to the reader by its label.

namespace ccm {

namespace reader {

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

} // namespace reader

namespace {

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

} // namespace

using namespace reader;

QByteArray BundleReader::Block::canonicalPem() const
{
    QByteArray pem = "-----BEGIN " + label + "-----\n";
    if (!headers.isEmpty())
        pem += headers + '\n';
    pem += wrapBase64(base64);
    pem += "-----END " + label + "-----\n";
    return pem;
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
        ossl::X509Ptr x509(parseWhole<ossl::X509Ptr>(*der, d2i_X509_AUX));
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
            ossl::X509SigPtr sig(parseWhole<ossl::X509SigPtr>(*der, d2i_X509_SIG));
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

} // namespace ccm
