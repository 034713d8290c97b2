#include "certificate/Certificate.h"

#include "certificate/PrivateKey.h"

#include <openssl/pem.h>

#include <QHash>

#include <ctime>
#include <mutex>

namespace ccm {

namespace {

// GM/T 0009's default SM2 distinguishing ID. Real SM2 certificates are signed with it, but OpenSSL 3.0 verifies
// with an empty ID unless the certificate carries one, so every SM2-signed certificate gets it on load.
constexpr char kSm2DefaultId[] = "1234567812345678";

void attachSm2DistinguishingId(X509* x509)
{
    if (X509_get_signature_nid(x509) != NID_SM2_with_SM3)
        return;
    ossl::Asn1OctetStringPtr id(ASN1_OCTET_STRING_new());
    if (!id || ASN1_OCTET_STRING_set(id.get(), reinterpret_cast<const unsigned char*>(kSm2DefaultId),
                                     sizeof kSm2DefaultId - 1) != 1)
        return;
    X509_set0_distinguishing_id(x509, id.release()); // takes ownership
}

} // namespace

Certificate::Certificate(ossl::X509Ptr x509)
    : m_x509(std::move(x509)) // the shared owner keeps the unique_ptr's deleter
{
    if (m_x509)
        attachSm2DistinguishingId(m_x509.get());
}

Certificate Certificate::fromDer(QByteArrayView der)
{
    // OpenSSL 3.0 spends most of a certificate's decoding time setting up a key decoder for its public key. The
    // preview re-reads the same files on every edit of the form, so decoded certificates are kept, by their bytes.
    // X509 objects are immutable once decoded and OpenSSL locks its lazily computed fields, so sharing is safe.
    static std::mutex mutex;
    static QHash<QByteArray, Certificate> cache;
    constexpr qsizetype kCacheEntries = 512;
    const QByteArray key = der.toByteArray();
    {
        std::lock_guard lock(mutex);
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = cursor + der.size();
    ossl::X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509 || cursor != end) {
        ossl::clearErrors();
        return {};
    }
    Certificate certificate(std::move(x509));
    std::lock_guard lock(mutex);
    if (cache.size() >= kCacheEntries)
        cache.clear();
    cache.insert(key, certificate);
    return certificate;
}

QByteArray Certificate::toPem() const
{
    if (!m_x509)
        return {};
    auto bio = ossl::memoryBio();
    if (PEM_write_bio_X509(bio.get(), m_x509.get()) != 1)
        return {};
    return ossl::bioContents(bio.get());
}

QString Certificate::subjectDn() const
{
    return m_x509 ? nameToString(X509_get_subject_name(m_x509.get())) : QString();
}

QString Certificate::issuerDn() const
{
    return m_x509 ? nameToString(X509_get_issuer_name(m_x509.get())) : QString();
}

QString Certificate::subjectCommonName() const
{
    return m_x509 ? commonNameOf(X509_get_subject_name(m_x509.get())) : QString();
}

QString Certificate::issuerCommonName() const
{
    return m_x509 ? commonNameOf(X509_get_issuer_name(m_x509.get())) : QString();
}

QString Certificate::displayName() const
{
    const QString cn = subjectCommonName();
    return cn.isEmpty() ? subjectDn() : cn;
}

QDateTime Certificate::notBefore() const
{
    return m_x509 ? asn1TimeToDateTime(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_x509 ? asn1TimeToDateTime(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

bool Certificate::isSelfSigned() const
{
    if (!m_x509)
        return false;
    const bool result = X509_self_signed(m_x509.get(), 1) == 1;
    ossl::clearErrors();
    return result;
}

bool Certificate::isCa() const
{
    return m_x509 && X509_check_ca(m_x509.get()) != 0 && (X509_get_extension_flags(m_x509.get()) & EXFLAG_CA);
}

bool Certificate::namesIssuer(const Certificate& issuer) const
{
    if (!m_x509 || issuer.isNull())
        return false;
    const bool result = X509_check_issued(issuer.x509(), m_x509.get()) == X509_V_OK;
    ossl::clearErrors();
    return result;
}

bool Certificate::signatureVerifiedBy(const Certificate& issuer) const
{
    if (!m_x509 || issuer.isNull())
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer.x509());
    const bool result = key && X509_verify(m_x509.get(), key) == 1;
    ossl::clearErrors();
    return result;
}

bool Certificate::matches(const PrivateKey& key) const
{
    if (!m_x509 || key.isNull())
        return false;
    const EVP_PKEY* certKey = X509_get0_pubkey(m_x509.get());
    const bool result = certKey && EVP_PKEY_eq(certKey, key.pkey()) == 1;
    ossl::clearErrors();
    return result;
}

static QByteArray digestOf(X509* x509, const EVP_MD* md)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!x509 || X509_digest(x509, md, buffer, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(length));
}

QByteArray Certificate::sha256() const
{
    return digestOf(m_x509.get(), EVP_sha256());
}

QByteArray Certificate::sha1() const
{
    return digestOf(m_x509.get(), EVP_sha1());
}

bool Certificate::operator==(const Certificate& other) const
{
    if (m_x509 == other.m_x509)
        return true;
    if (!m_x509 || !other.m_x509)
        return false;
    return X509_cmp(m_x509.get(), other.m_x509.get()) == 0;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString nameToString(const X509_NAME* name)
{
    if (!name)
        return {};
    auto bio = ossl::memoryBio();
    // RFC 2253 order (most specific first) and escaping, but UTF-8 text left readable and ", " between entries.
    const unsigned long flags = ((ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC |
                                 XN_FLAG_DN_REV | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS);
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return QString::fromUtf8(ossl::bioContents(bio.get()));
}

QString commonNameOf(const X509_NAME* name)
{
    if (!name)
        return {};
    int index = -1;
    int last = -1;
    while ((index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0)
        last = index;
    if (last < 0)
        return {};
    return ossl::asn1Utf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last)));
}

} // namespace ccm
