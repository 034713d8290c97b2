#pragma once

#include "certificate/Certificate.h"

#include <QList>

#include <memory>

namespace ccm {

/// Answers whether a certificate's issuer is a trust anchor the world already has, so a chain that stops below the
/// root still counts as complete. Injected so tests do not depend on the machine's CA bundle.
class TrustStore
{
public:
    virtual ~TrustStore() = default;
    /// True when a trusted certificate names certificate's issuer and verifies its signature.
    virtual bool hasIssuerOf(const Certificate& certificate) const = 0;

    /// The operating system's CA store (OpenSSL's default paths), loaded once per process.
    static std::shared_ptr<const TrustStore> system();
};

/// A trust store made of given certificates; for tests and private clouds.
class ListTrustStore final : public TrustStore
{
public:
    explicit ListTrustStore(QList<Certificate> anchors = {})
        : m_anchors(std::move(anchors))
    {}
    bool hasIssuerOf(const Certificate& certificate) const override;

private:
    QList<Certificate> m_anchors;
};

} // namespace ccm
