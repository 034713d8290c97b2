#pragma once

#include "cloud/Credentials.h"
#include "profiles/Profile.h"

#include <QProcessEnvironment>

#include <optional>

namespace ccm::profiles {

/// The read-only ad-hoc profile built from the vendor SDKs' variables, when they hold credentials.
///
/// HUAWEICLOUD_SDK_AUTH_TOKEN gives a token profile; HUAWEICLOUD_SDK_AK/SK (+ SECURITY_TOKEN, DOMAIN_ID) an
/// AK/SK or temporary AK/SK profile; CLOUD_SDK_AK/SK (the vendor samples' names) an AK/SK profile. The region is
/// HUAWEICLOUD_SDK_REGION, else cn-north-4; HUAWEICLOUD_SDK_IAM_ENDPOINT sets the IAM endpoint. Never persisted.
std::optional<Profile> environmentProfile(const QProcessEnvironment& environment);

/// The credentials of environmentProfile(); empty kind-appropriate fields when the variables are absent.
cloud::Credentials environmentCredentials(const QProcessEnvironment& environment);

/// The built-in local sandbox profile; its endpoint is resolved at run time (isSandbox()).
Profile sandboxProfile();

} // namespace ccm::profiles
