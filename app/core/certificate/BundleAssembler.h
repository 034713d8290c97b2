#pragma once

#include "certificate/BundleReader.h"
#include "certificate/CertificateBundle.h"
#include "certificate/TrustStore.h"

#include <QCoreApplication>

#include <memory>

namespace ccm {

/// Sorts what the reader found into a bundle: finds the leaf by its key, orders intermediates by verified
/// issuer links, leaves out roots, duplicates and strays, and checks an SM encryption pair.
class BundleAssembler
{
    Q_DECLARE_TR_FUNCTIONS(ccm::BundleAssembler)

public:
    /// trust answers whether a chain that stops below a root is still complete; null means "never".
    explicit BundleAssembler(std::shared_ptr<const TrustStore> trust = TrustStore::system());

    /// main: the certificate, chain and key inputs; enc: the SM encryption certificate and key inputs (may be empty).
    CertificateBundle assemble(const ReadResult& main, const ReadResult& enc = {}) const;

private:
    void buildChain(CertificateBundle& bundle, const QList<SourcedCertificate>& certificates) const;
    void checkEncryptionPair(CertificateBundle& bundle) const;

    std::shared_ptr<const TrustStore> m_trust;
};

/// True when the key usage allows signing (digitalSignature) / encryption (keyEncipherment, dataEncipherment or
/// keyAgreement). A certificate without a key usage extension allows both.
bool allowsSigning(const Certificate& certificate);
bool allowsEncryption(const Certificate& certificate);

} // namespace ccm
