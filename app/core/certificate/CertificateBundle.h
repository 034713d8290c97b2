#pragma once

#include "certificate/Certificate.h"
#include "certificate/Finding.h"
#include "certificate/PrivateKey.h"

#include <QList>
#include <QString>

namespace ccm {

/// The certificates and keys sorted into what will be sent: leaf, ordered intermediates, key, SM encryption pair,
/// plus what was left out and why (assembly findings).
struct CertificateBundle
{
    Certificate leaf;
    QString leafSource;
    PrivateKey key;
    QString keySource;
    bool keyWasEncrypted = false;

    QList<Certificate> chain;        ///< intermediates, leaf's issuer first: certificate_chain as sent
    QList<Certificate> droppedRoots; ///< self-signed roots recognised and left out
    QList<Certificate> unrelated;    ///< certificates that belong to no chain of the leaf; left out
    int duplicatesRemoved = 0;
    bool reordered = false;       ///< the input order differed from leaf → issuer order
    bool chainComplete = false;   ///< ends at a given root or at one the trust store knows
    bool rootKeptInChain = false; ///< the leaf's issuer is a root and was kept, the chain would be empty otherwise

    Certificate encCertificate; ///< SM dual certificates: the encryption certificate
    PrivateKey encKey;          ///< SM dual certificates: the encryption key
    bool hasEncPair() const { return !encCertificate.isNull() || !encKey.isNull(); }

    QList<Finding> findings; ///< what assembly noticed
};

} // namespace ccm
