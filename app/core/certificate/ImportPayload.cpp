#include "certificate/ImportPayload.h"

#include "certificate/CertificateDetails.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace ccm {

namespace {

/// Appends a JSON string literal; hand-written so the key never passes through an unwiped QJsonDocument buffer.
void appendJsonString(SecureBytes& out, QByteArrayView utf8)
{
    static const char kHex[] = "0123456789abcdef";
    out.append("\"");
    QByteArray chunk;
    chunk.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        switch (c) {
        case '"':
            chunk.append("\\\"");
            break;
        case '\\':
            chunk.append("\\\\");
            break;
        case '\n':
            chunk.append("\\n");
            break;
        case '\r':
            chunk.append("\\r");
            break;
        case '\t':
            chunk.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                chunk.append("\\u00");
                chunk.append(kHex[(c >> 4) & 0xF]);
                chunk.append(kHex[c & 0xF]);
            } else {
                chunk.append(c);
            }
        }
    }
    out.append(chunk);
    wipe(chunk);
    out.append("\"");
}

void appendMember(SecureBytes& out, bool& first, const char* key, QByteArrayView utf8Value)
{
    out.append(first ? "{" : ",");
    first = false;
    out.append("\"");
    out.append(key);
    out.append("\":");
    appendJsonString(out, utf8Value);
}

QByteArray pemOf(const QList<Certificate>& certificates)
{
    QByteArray pem;
    for (const auto& certificate : certificates)
        pem += certificate.toPem();
    return pem;
}

} // namespace

PayloadFields payloadFields(const CertificateBundle& bundle, const QString& name)
{
    PayloadFields fields;
    fields.name = name;
    if (!bundle.leaf.isNull())
        fields.certificate = bundle.leaf.toPem();
    fields.certificateChain = pemOf(bundle.chain);
    if (!bundle.key.isNull())
        fields.privateKey = bundle.key.toPkcs8Pem();
    if (!bundle.encCertificate.isNull())
        fields.encCertificate = bundle.encCertificate.toPem();
    if (!bundle.encKey.isNull())
        fields.encPrivateKey = bundle.encKey.toPkcs8Pem();
    return fields;
}

SecureBytes buildImportBody(const PayloadFields& fields, const ImportForm& form)
{
    SecureBytes body;
    bool first = true;
    appendMember(body, first, "name", fields.name.toUtf8());
    appendMember(body, first, "certificate", fields.certificate);
    if (!fields.certificateChain.isEmpty())
        appendMember(body, first, "certificate_chain", fields.certificateChain);
    appendMember(body, first, "private_key", fields.privateKey.view());
    if (form.duplicateCheck.has_value()) {
        body.append(",\"duplicate_check\":");
        body.append(*form.duplicateCheck ? "true" : "false");
    }
    if (!form.enterpriseProjectId.isEmpty())
        appendMember(body, first, "enterprise_project_id", form.enterpriseProjectId.toUtf8());
    if (!fields.encCertificate.isEmpty())
        appendMember(body, first, "enc_certificate", fields.encCertificate);
    if (!fields.encPrivateKey.isEmpty())
        appendMember(body, first, "enc_private_key", fields.encPrivateKey.view());
    body.append("}");
    return body;
}

QString generatedName(const Certificate& leaf)
{
    const auto details = CertificateDetails::from(leaf, {});
    QString base = details.subjectCn;
    if (base.isEmpty() && !details.domainNames().isEmpty())
        base = details.domainNames().first();
    if (base.isEmpty())
        base = QStringLiteral("certificate");
    base.replace(QLatin1String("*."), QLatin1String("wildcard."));
    QString name;
    for (const QChar c : std::as_const(base)) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                             c == QLatin1Char('-') || c == QLatin1Char('.');
        name.append(allowed ? c : QLatin1Char('-'));
    }
    const QString suffix = details.notAfter.isValid()
                               ? QLatin1Char('-') + details.notAfter.toUTC().toString(QStringLiteral("yyyyMMdd"))
                               : QString();
    name = name.left(63 - int(suffix.size())) + suffix;
    while (name.size() < 3)
        name.append(QLatin1Char('_'));
    return name;
}

} // namespace ccm
