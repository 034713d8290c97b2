#pragma once

#include "certificate/Inspection.h"
#include "cloud/ScmClient.h"
#include "common/Result.h"
#include "profiles/ResolvedProfile.h"

namespace ccm::sandbox {
class Sandbox;
}

namespace ccm::application {

/// Client options for a resolved profile. A sandbox profile needs the running sandbox (its endpoint and demo keys).
Result<cloud::ScmClient::Options> clientOptions(const profiles::ResolvedProfile& profile,
                                                const sandbox::Sandbox* runningSandbox = nullptr);

/// The import request for an inspection whose payload is ready (body from Inspection::body, leaf facts for the
/// duplicate lookup). `form.duplicateCheck` is set from `allowDuplicate`, as the API expects.
cloud::ImportRequest importRequest(const Inspection& inspection, ImportForm form, bool allowDuplicate = false);

} // namespace ccm::application
