#pragma once

#include "certificate/CertificateBundle.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ccm {

/// What the user typed in the form besides the files.
struct ImportForm
{
    QString name;                       ///< empty: a name is generated from the certificate
    QString enterpriseProjectId;        ///< empty: not sent
    std::optional<bool> duplicateCheck; ///< duplicate_check; unset: not sent
};

/// The text of each API field as it will be sent (PEM with \n line ends, key as unencrypted PKCS#8).
struct PayloadFields
{
    QString name;
    QByteArray certificate;
    QByteArray certificateChain;
    SecureBytes privateKey;
    QByteArray encCertificate;
    SecureBytes encPrivateKey;
};

/// The fields of a bundle plus form, as the payload builder and the length checks see them.
PayloadFields payloadFields(const CertificateBundle& bundle, const QString& name);

/// The exact JSON body of POST /v3/scm/certificates/import, with only the fields that are set, in the API page's
/// order. It holds the private key, so it is SecureBytes.
SecureBytes buildImportBody(const PayloadFields& fields, const ImportForm& form);

/// A name the service accepts, made from the certificate: its CN (or first domain) and expiry date.
QString generatedName(const Certificate& leaf);

} // namespace ccm
