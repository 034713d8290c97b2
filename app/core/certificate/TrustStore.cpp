#include "certificate/TrustStore.h"

#include "certificate/OpenSsl.h"

#include <mutex>

namespace ccm {

namespace {

class SystemTrustStore final : public TrustStore
{
public:
    bool hasIssuerOf(const Certificate& certificate) const override
    {
        if (certificate.isNull())
            return false;
        std::lock_guard lock(m_mutex);
        // Loaded on first use (on the inspection's worker thread), not when the application starts.
        if (!m_loaded) {
            m_loaded = true;
            m_store.reset(X509_STORE_new());
            if (m_store)
                X509_STORE_set_default_paths(m_store.get());
            ossl::clearErrors();
        }
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
        if (found) {
            verified = certificate.signatureVerifiedBy(Certificate(ossl::X509Ptr(issuer)));
        }
        ossl::clearErrors();
        return verified;
    }

private:
    mutable ossl::StorePtr m_store;
    mutable bool m_loaded = false;
    mutable std::mutex m_mutex;
};

} // namespace

std::shared_ptr<const TrustStore> TrustStore::system()
{
    static const auto store = std::make_shared<const SystemTrustStore>();
    return store;
}

bool ListTrustStore::hasIssuerOf(const Certificate& certificate) const
{
    for (const auto& anchor : m_anchors) {
        if (certificate.namesIssuer(anchor) && certificate.signatureVerifiedBy(anchor))
            return true;
    }
    return false;
}

} // namespace ccm
