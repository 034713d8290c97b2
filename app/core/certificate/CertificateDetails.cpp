#include "certificate/CertificateDetails.h"

#include "certificate/OpenSsl.h"
#include "certificate/PrivateKey.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <openssl/x509v3.h>

namespace ccm {

namespace {

QString objectName(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2ln(nid));
    char buffer[128] = {};
    OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return QString::fromLatin1(buffer);
}

QString ipText(const ASN1_OCTET_STRING* ip)
{
    const int length = ASN1_STRING_length(ip);
    const unsigned char* data = ASN1_STRING_get0_data(ip);
    if (length == 4) {
        return QHostAddress(quint32(data[0]) << 24 | quint32(data[1]) << 16 | quint32(data[2]) << 8 | data[3])
            .toString();
    }
    if (length == 16) {
        Q_IPV6ADDR address;
        std::copy(data, data + 16, address.c);
        return QHostAddress(address).toString();
    }
    return ossl::toHex(QByteArrayView(reinterpret_cast<const char*>(data), length), ':');
}

QStringList distributionPointUrls(X509* x509)
{
    QStringList urls;
    const ossl::CrlDistPointsPtr points(
        static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(x509, NID_crl_distribution_points, nullptr, nullptr)));
    if (!points)
        return urls;
    for (int i = 0; i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                urls.append(ossl::asn1Utf8(name->d.uniformResourceIdentifier));
        }
    }
    return urls;
}

void readAuthorityInfoAccess(X509* x509, QStringList& ocsp, QStringList& caIssuers)
{
    const ossl::AuthorityInfoAccessPtr access(
        static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(x509, NID_info_access, nullptr, nullptr)));
    if (!access)
        return;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
        const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
        if (description->location->type != GEN_URI)
            continue;
        const QString url = ossl::asn1Utf8(description->location->d.uniformResourceIdentifier);
        const int method = OBJ_obj2nid(description->method);
        if (method == NID_ad_OCSP)
            ocsp.append(url);
        else if (method == NID_ad_ca_issuers)
            caIssuers.append(url);
    }
}

QStringList keyUsageNames(X509* x509)
{
    static const std::pair<uint32_t, const char*> kBits[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
        {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    QStringList names;
    if (!(X509_get_extension_flags(x509) & EXFLAG_KUSAGE))
        return names;
    const uint32_t usage = X509_get_key_usage(x509);
    for (const auto& [bit, name] : kBits) {
        if (usage & bit)
            names.append(QString::fromLatin1(name));
    }
    return names;
}

QStringList extendedKeyUsageNames(X509* x509)
{
    QStringList names;
    const ossl::ExtendedKeyUsagePtr usages(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(x509, NID_ext_key_usage, nullptr, nullptr)));
    if (!usages)
        return names;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages.get()); ++i) {
        const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(usages.get(), i);
        const int nid = OBJ_obj2nid(object);
        names.append(nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : objectName(object));
    }
    return names;
}

QString hexColon(const ASN1_OCTET_STRING* string)
{
    if (!string)
        return {};
    return ossl::toHex(
               QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)), ASN1_STRING_length(string)),
               ':')
        .toUpper();
}

QString sanTypeName(SubjectAltName::Type type)
{
    switch (type) {
    case SubjectAltName::Type::Dns:
        return QStringLiteral("dns");
    case SubjectAltName::Type::Ip:
        return QStringLiteral("ip");
    case SubjectAltName::Type::Email:
        return QStringLiteral("email");
    case SubjectAltName::Type::Uri:
        return QStringLiteral("uri");
    case SubjectAltName::Type::Other:
        return QStringLiteral("other");
    }
    return {};
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString fingerprintText(const QByteArray& digest)
{
    return ossl::toHex(digest, ':').toUpper();
}

QString decodeHostName(const QString& host)
{
    if (!host.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
        return host;
    QStringList labels = host.split(QLatin1Char('.'));
    for (QString& label : labels) {
        if (label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
            const QString decoded = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
            if (!decoded.isEmpty())
                label = decoded;
        }
    }
    return labels.join(QLatin1Char('.'));
}

QStringList CertificateDetails::domainNames() const
{
    QStringList names;
    for (const auto& san : subjectAltNames) {
        if (san.type == SubjectAltName::Type::Dns)
            names.append(san.value);
    }
    if (names.isEmpty()) {
        static const QRegularExpression host(QStringLiteral(R"(^(\*\.)?([A-Za-z0-9-]+\.)+[A-Za-z0-9-]{2,}$)"));
        if (host.match(subjectCn).hasMatch())
            names.append(subjectCn);
    }
    return names;
}

bool CertificateDetails::hasWeakSignatureHash() const
{
    const QString algorithm = signatureAlgorithm.toLower();
    return algorithm.contains(QLatin1String("sha1")) || algorithm.contains(QLatin1String("md5")) ||
           algorithm == QLatin1String("dsawithsha1");
}

CertificateDetails CertificateDetails::from(const Certificate& certificate, const QDateTime& now)
{
    CertificateDetails details;
    X509* x509 = certificate.x509();
    if (!x509)
        return details;
    details.subjectDn = certificate.subjectDn();
    details.subjectCn = certificate.subjectCommonName();
    details.issuerDn = certificate.issuerDn();
    details.issuerCn = certificate.issuerCommonName();

    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(x509)) {
        details.serialHex = ossl::toHex(QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(serial)),
                                                       ASN1_STRING_length(serial)))
                                .toUpper();
    }
    details.notBefore = certificate.notBefore();
    details.notAfter = certificate.notAfter();
    details.daysLeft = now.isValid() && details.notAfter.isValid() ? now.secsTo(details.notAfter) / 86400 : 0;
    if (now.isValid() && details.notAfter.isValid() && now > details.notAfter && now.secsTo(details.notAfter) % 86400)
        details.daysLeft -= 1; // an expired certificate counts as at least one day past

    if (auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr))) {
        ossl::GeneralNamesPtr owned(names);
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
            SubjectAltName san;
            switch (name->type) {
            case GEN_DNS:
                san.type = SubjectAltName::Type::Dns;
                san.value = ossl::asn1Utf8(name->d.dNSName);
                san.display = decodeHostName(san.value);
                break;
            case GEN_IPADD:
                san.type = SubjectAltName::Type::Ip;
                san.value = ipText(name->d.iPAddress);
                break;
            case GEN_EMAIL:
                san.type = SubjectAltName::Type::Email;
                san.value = ossl::asn1Utf8(name->d.rfc822Name);
                break;
            case GEN_URI:
                san.type = SubjectAltName::Type::Uri;
                san.value = ossl::asn1Utf8(name->d.uniformResourceIdentifier);
                break;
            default:
                san.type = SubjectAltName::Type::Other;
                san.value = tr("(unsupported name type %1)").arg(name->type);
                break;
            }
            if (san.display.isEmpty())
                san.display = san.value;
            details.subjectAltNames.append(san);
        }
    }

    if (EVP_PKEY* key = X509_get0_pubkey(x509)) {
        details.publicKeyAlgorithm = keyAlgorithmName(key);
        details.publicKeyBits = EVP_PKEY_get_bits(key);
        details.publicKeyCurve = keyCurveName(key);
    }
    const int signatureNid = X509_get_signature_nid(x509);
    details.signatureAlgorithm =
        signatureNid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(signatureNid)) : tr("unknown");

    details.keyUsage = keyUsageNames(x509);
    details.extendedKeyUsage = extendedKeyUsageNames(x509);
    if (const ossl::BasicConstraintsPtr constraints(
            static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(x509, NID_basic_constraints, nullptr, nullptr)));
        constraints) {
        details.hasBasicConstraints = true;
        details.isCa = constraints->ca != 0;
        if (constraints->pathlen)
            details.pathLength = static_cast<int>(ASN1_INTEGER_get(constraints->pathlen));
    }
    details.subjectKeyId = hexColon(X509_get0_subject_key_id(x509));
    details.authorityKeyId = hexColon(X509_get0_authority_key_id(x509));
    readAuthorityInfoAccess(x509, details.ocspUrls, details.caIssuerUrls);
    details.crlUrls = distributionPointUrls(x509);
    details.sha256 = fingerprintText(certificate.sha256());
    details.sha1 = fingerprintText(certificate.sha1());
    details.selfSigned = certificate.isSelfSigned();
    return details;
}

QJsonObject CertificateDetails::toJson() const
{
    QJsonArray sans;
    for (const auto& san : subjectAltNames) {
        QJsonObject entry{{QStringLiteral("type"), sanTypeName(san.type)}, {QStringLiteral("value"), san.value}};
        if (san.display != san.value)
            entry.insert(QStringLiteral("display"), san.display);
        sans.append(entry);
    }
    QJsonObject key{{QStringLiteral("algorithm"), publicKeyAlgorithm}, {QStringLiteral("bits"), publicKeyBits}};
    if (!publicKeyCurve.isEmpty())
        key.insert(QStringLiteral("curve"), publicKeyCurve);
    QJsonObject object{
        {QStringLiteral("subject"), subjectDn},
        {QStringLiteral("subject_cn"), subjectCn},
        {QStringLiteral("issuer"), issuerDn},
        {QStringLiteral("issuer_cn"), issuerCn},
        {QStringLiteral("serial"), serialHex},
        {QStringLiteral("not_before"), notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), notAfter.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), daysLeft},
        {QStringLiteral("subject_alt_names"), sans},
        {QStringLiteral("domains"), toArray(domainNames())},
        {QStringLiteral("public_key"), key},
        {QStringLiteral("signature_algorithm"), signatureAlgorithm},
        {QStringLiteral("key_usage"), toArray(keyUsage)},
        {QStringLiteral("extended_key_usage"), toArray(extendedKeyUsage)},
        {QStringLiteral("ca"), isCa},
        {QStringLiteral("self_signed"), selfSigned},
        {QStringLiteral("subject_key_id"), subjectKeyId},
        {QStringLiteral("authority_key_id"), authorityKeyId},
        {QStringLiteral("ocsp_urls"), toArray(ocspUrls)},
        {QStringLiteral("ca_issuer_urls"), toArray(caIssuerUrls)},
        {QStringLiteral("crl_urls"), toArray(crlUrls)},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("sha1"), sha1},
    };
    if (hasBasicConstraints && pathLength >= 0)
        object.insert(QStringLiteral("path_length"), pathLength);
    return object;
}

} // namespace ccm
