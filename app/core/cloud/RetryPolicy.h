#pragma once

#include "cloud/CloudError.h"

namespace ccm::cloud {

/// When and how long to wait before retrying: exponential backoff with jitter, only where a retry is safe.
struct RetryPolicy
{
    int maxAttempts = 4;    ///< first try included
    int baseDelayMs = 2000; ///< the gateway asks for 2-5 s after throttling
    int maxDelayMs = 16000;
    double jitter = 0.5; ///< the delay varies by up to this fraction either way

    /// Whether `error` after `attempt` (1-based) may be retried: throttling, or failures before the request was sent.
    bool shouldRetry(const CloudError& error, bool requestWasSent, int attempt) const;
    /// Milliseconds to wait before attempt `attempt + 1`.
    int delayMs(int attempt) const;
};

} // namespace ccm::cloud
