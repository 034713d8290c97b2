#pragma once

#include "certificate/Certificate.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace ccm {

/// Answers whether a certificate's issuer is a trust anchor the world already has, so a chain that stops below the
/// root still counts as complete. Injected so tests do not depend on the machine's CA bundle.
class TrustStore
{
public:
    virtual ~TrustStore() = default;
    /// True when a trusted certificate names certificate's issuer and verifies its signature. For a self-signed
    /// root this says whether the root itself is trusted.
    virtual bool hasIssuerOf(const Certificate& certificate) const = 0;

    /// The operating system's CA store, created once per process. Issuers are looked up by name in OpenSSL's
    /// hashed certificate directory (SSL_CERT_DIR or /etc/ssl/certs) when they are needed, so nothing is read at
    /// start; the CA bundle file (SSL_CERT_FILE) is loaded only on systems without such a directory.
    static std::shared_ptr<const TrustStore> system();
    /// A store like system() over one hashed directory (`openssl rehash`), and the bundle file when the directory
    /// holds no hashed names; for tests and private installations.
    static std::shared_ptr<const TrustStore> hashedDirectory(const QString& directory, const QString& bundleFile = {});
};

/// A trust store made of given certificates; for tests and private clouds.
class ListTrustStore final : public TrustStore
{
public:
    explicit ListTrustStore(QList<Certificate> anchors = {})
        : m_anchors(std::move(anchors))
    {}
    bool hasIssuerOf(const Certificate& certificate) const override;
    const QList<Certificate>& anchors() const { return m_anchors; }

private:
    QList<Certificate> m_anchors;
};

/// Trusts what any of its stores trusts: the system's roots plus the private roots a user named.
class CombinedTrustStore final : public TrustStore
{
public:
    explicit CombinedTrustStore(QList<std::shared_ptr<const TrustStore>> stores)
        : m_stores(std::move(stores))
    {}
    bool hasIssuerOf(const Certificate& certificate) const override;

private:
    QList<std::shared_ptr<const TrustStore>> m_stores;
};

/// Reads the private root CA certificates a user names (PEM or DER, one or more per file).
class TrustRoots
{
    Q_DECLARE_TR_FUNCTIONS(ccm::TrustRoots)

public:
    /// The certificates in the file; an error names the file when it cannot be read or holds no certificate.
    static Result<QList<Certificate>> fromFile(const QString& path);
    /// The system store plus the certificates in the files (none: the system store alone).
    static Result<std::shared_ptr<const TrustStore>> withSystem(const QStringList& paths);
};

} // namespace ccm
