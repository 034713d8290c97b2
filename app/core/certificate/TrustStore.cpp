#include "certificate/TrustStore.h"

#include "certificate/BundleReader.h"
#include "certificate/OpenSsl.h"

#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace ccm {

namespace {

/// Looks issuers up in a hashed certificate directory (<subject hash>.<n>, as `openssl rehash` and Debian's
/// update-ca-certificates write them): OpenSSL reads only the files named after the issuer's subject, when asked.
/// Reading the whole bundle instead costs ~20 ms per process, most of `ccmctl inspect`'s run time.
class HashedDirectoryTrustStore final : public TrustStore
{
public:
    HashedDirectoryTrustStore(QString directory, QString bundleFile)
        : m_directory(std::move(directory))
        , m_bundleFile(std::move(bundleFile))
    {}

    bool hasIssuerOf(const Certificate& certificate) const override
    {
        if (certificate.isNull())
            return false;
        std::lock_guard lock(m_mutex);
        std::call_once(m_once, [this] { open(); });
        if (!m_store)
            return false;
        ossl::StoreCtxPtr context(X509_STORE_CTX_new());
        if (!context || X509_STORE_CTX_init(context.get(), m_store.get(), certificate.x509(), nullptr) != 1) {
            ossl::clearErrors();
            return false;
        }
        X509* issuer = nullptr;
        const bool found = X509_STORE_CTX_get1_issuer(&issuer, context.get(), certificate.x509()) == 1 && issuer;
        bool verified = false;
        if (found)
            verified = certificate.signatureVerifiedBy(Certificate(ossl::X509Ptr(issuer)));
        ossl::clearErrors();
        return verified;
    }

private:
    void open() const
    {
        m_store.reset(X509_STORE_new());
        if (!m_store)
            return;
        const QByteArray directory = QFile::encodeName(m_directory);
        X509_LOOKUP* lookup = X509_STORE_add_lookup(m_store.get(), X509_LOOKUP_hash_dir());
        if (lookup && !directory.isEmpty())
            X509_LOOKUP_add_dir(lookup, directory.constData(), X509_FILETYPE_PEM);
        // A directory without hashed names (some distributions ship only the bundle) finds nothing: read the bundle.
        const QStringList hashed =
            QDir(m_directory).entryList({QStringLiteral("????????.0")}, QDir::Files | QDir::System, QDir::NoSort);
        if (hashed.isEmpty() && !m_bundleFile.isEmpty() && QFileInfo::exists(m_bundleFile)) {
            X509_LOOKUP* file = X509_STORE_add_lookup(m_store.get(), X509_LOOKUP_file());
            if (file)
                X509_LOOKUP_load_file(file, QFile::encodeName(m_bundleFile).constData(), X509_FILETYPE_PEM);
        }
        ossl::clearErrors();
    }

    const QString m_directory;
    const QString m_bundleFile;
    mutable ossl::StorePtr m_store;
    mutable std::once_flag m_once;
    mutable std::mutex m_mutex;
};

QString fromEnvironmentOr(const char* variable, const char* fallback)
{
    const QByteArray value = qgetenv(variable);
    return QFile::decodeName(value.isEmpty() ? QByteArray(fallback) : value);
}

} // namespace

std::shared_ptr<const TrustStore> TrustStore::system()
{
    // OpenSSL's own defaults and environment overrides, as X509_STORE_set_default_paths() would use them.
    static const auto store =
        hashedDirectory(fromEnvironmentOr(X509_get_default_cert_dir_env(), X509_get_default_cert_dir()),
                        fromEnvironmentOr(X509_get_default_cert_file_env(), X509_get_default_cert_file()));
    return store;
}

std::shared_ptr<const TrustStore> TrustStore::hashedDirectory(const QString& directory, const QString& bundleFile)
{
    return std::make_shared<const HashedDirectoryTrustStore>(directory, bundleFile);
}

bool ListTrustStore::hasIssuerOf(const Certificate& certificate) const
{
    for (const auto& anchor : m_anchors) {
        if (certificate.namesIssuer(anchor) && certificate.signatureVerifiedBy(anchor))
            return true;
    }
    return false;
}

bool CombinedTrustStore::hasIssuerOf(const Certificate& certificate) const
{
    for (const auto& store : m_stores) {
        if (store && store->hasIssuerOf(certificate))
            return true;
    }
    return false;
}

Result<QList<Certificate>> TrustRoots::fromFile(const QString& path)
{
    const InputSource source = InputSource::fromFile(path);
    if (!source.readError.isEmpty())
        return Error{QStringLiteral("trust-root.unreadable"), source.readError, {}};
    const ReadResult read = BundleReader().read({source});
    QList<Certificate> certificates;
    for (const auto& sc : read.certificates)
        certificates.append(sc.certificate);
    if (certificates.isEmpty()) {
        return Error{
            QStringLiteral("trust-root.no-certificate"),
            tr("%1 holds no certificate; name the file of your private root CA certificate (PEM or DER).").arg(path),
            {}};
    }
    return certificates;
}

Result<std::shared_ptr<const TrustStore>> TrustRoots::withSystem(const QStringList& paths)
{
    if (paths.isEmpty())
        return TrustStore::system();
    QList<Certificate> anchors;
    for (const QString& path : paths) {
        auto certificates = fromFile(path);
        if (!certificates)
            return certificates.error();
        anchors += *certificates;
    }
    return std::shared_ptr<const TrustStore>(
        std::make_shared<const CombinedTrustStore>(QList<std::shared_ptr<const TrustStore>>{
            TrustStore::system(), std::make_shared<const ListTrustStore>(anchors)}));
}

} // namespace ccm
