#pragma once

#include "cloud/CloudError.h"

namespace ccm::cloud {

/// When and how long to wait before retrying: exponential backoff with jitter, only where a retry is safe (the
/// request was throttled or never sent). A lost import answer is not a retry: ScmClient looks the certificate up.
struct RetryPolicy
{
    int maxAttempts = 4;    ///< first try included
    int baseDelayMs = 2000; ///< the first wait; the gateway asks for 2-5 s after throttling
    int maxDelayMs = 16000;
    double jitter = 0.5;         ///< the delay grows by up to this fraction (never shrinks below the base)
    int maxRetryAfterMs = 60000; ///< a longer Retry-After ends the call instead of waiting

    /// Whether `error` after `attempt` (1-based) may be retried: throttling, or failures before the request was sent.
    bool shouldRetry(const CloudError& error, bool requestWasSent, int attempt) const;
    /// Milliseconds to wait before attempt `attempt + 1`: baseDelayMs * 2^(attempt-1), times 1 to 1 + jitter,
    /// at most maxDelayMs.
    int delayMs(int attempt) const;
};

} // namespace ccm::cloud
