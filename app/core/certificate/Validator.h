#pragma once

#include "certificate/CertificateBundle.h"
#include "certificate/Finding.h"
#include "certificate/ImportPayload.h"
#include "common/Clock.h"

#include <QCoreApplication>

#include <memory>

namespace ccm {

/// The API page's limits, in one place for the validator, the sandbox and the GUI's live checks.
namespace limits {
inline constexpr int kNameMin = 3;
inline constexpr int kNameMax = 63;
inline constexpr int kCertificateMax = 4096;
inline constexpr int kChainMax = 8192;
inline constexpr int kPrivateKeyMax = 4096;
inline constexpr int kEncCertificateMax = 4096;
inline constexpr int kEncPrivateKeyMax = 4096;
inline constexpr int kEnterpriseProjectIdMax = 64;
inline constexpr int kMinRsaBits = 2048;
inline constexpr int kExpiresSoonDays = 30;
} // namespace limits

/// Checks a bundle and form against every rule of the import API and the content checks that save a round trip.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(ccm::Validator)

public:
    explicit Validator(std::shared_ptr<const Clock> clock = Clock::system());

    /// Findings for a certificate name as typed (empty is fine: one is generated). Used for live form checks too.
    static QList<Finding> checkName(const QString& name);
    /// Findings for an enterprise project id as typed (empty is fine: not sent).
    static QList<Finding> checkEnterpriseProjectId(const QString& id);

    /// All findings for the bundle as it would be sent with this form; fields is what payloadFields() made.
    QList<Finding> validate(const CertificateBundle& bundle, const ImportForm& form, const PayloadFields& fields) const;

private:
    void checkCertificate(const Certificate& certificate, const QString& field, bool isLeaf,
                          QList<Finding>& findings) const;

    std::shared_ptr<const Clock> m_clock;
};

} // namespace ccm
