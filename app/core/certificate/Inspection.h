#pragma once

#include "certificate/BundleReader.h"
#include "certificate/CertificateBundle.h"
#include "certificate/CertificateDetails.h"
#include "certificate/ImportPayload.h"
#include "certificate/TrustStore.h"
#include "common/Clock.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace ccm {

/// What the user gave: files (or pasted text), the SM encryption pair's files, and the form.
struct InspectionRequest
{
    QList<InputSource> inputs;    ///< certificate, chain and key, in any combination of files
    QList<InputSource> encInputs; ///< SM encryption certificate and key (optional)
    ImportForm form;
};

/// Everything the preview and the import need: the bundle, details, findings and the payload fields.
struct Inspection
{
    CertificateBundle bundle;
    PayloadFields fields;
    QList<Finding> findings; ///< reading, assembly and validation findings, errors first
    CertificateDetails leafDetails;
    QList<CertificateDetails> chainDetails;
    CertificateDetails encDetails; ///< SM encryption certificate, when there is one
    bool unreadableInput = false;  ///< an input could not be read at all

    bool payloadReady() const { return !hasErrors(findings) && !bundle.leaf.isNull(); }
    /// The JSON body of the import request; only meaningful when payloadReady().
    SecureBytes body(const ImportForm& form) const { return buildImportBody(fields, form); }
    /// The machine-readable report of `ccmctl inspect --json` (never contains the private key).
    QJsonObject toJson() const;
};

/// Read → assemble → validate in one call. Runs on any thread; the GUI calls it through QtConcurrent.
class Inspector
{
public:
    explicit Inspector(std::shared_ptr<const Clock> clock = Clock::system(),
                       std::shared_ptr<const TrustStore> trust = TrustStore::system());
    Inspection inspect(const InspectionRequest& request, PassphraseProvider* passphrases = nullptr) const;

private:
    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<const TrustStore> m_trust;
};

} // namespace ccm
