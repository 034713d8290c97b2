#pragma once

// Internal to the sandbox module: the IAM calls the client needs, for the demo account.

#include "sandbox/HttpServer.h"

namespace ccm {
class Clock;
}

namespace ccm::sandbox {

class Authenticator;

/// GET /v3/auth/domains (the caller is authenticated already): the demo account.
HttpResponse iamDomains();
/// POST /v3/auth/tokens: password authentication of the demo user; the token it issues is remembered in `tokens`.
HttpResponse iamIssueToken(const HttpRequest& request, const Clock& clock, Authenticator& tokens);

} // namespace ccm::sandbox
