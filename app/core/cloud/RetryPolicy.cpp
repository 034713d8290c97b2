#include "cloud/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ccm::cloud {

bool RetryPolicy::shouldRetry(const CloudError& error, bool requestWasSent, int attempt) const
{
    if (attempt >= maxAttempts)
        return false;
    if (error.kind == CloudErrorKind::Throttled)
        return true;
    return !requestWasSent && error.kind == CloudErrorKind::Unreachable;
}

int RetryPolicy::delayMs(int attempt) const
{
    const double exponential = std::min(double(maxDelayMs), baseDelayMs * std::pow(2.0, std::max(0, attempt - 1)));
    const double factor = 1.0 + jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::max(0, int(exponential * factor));
}

} // namespace ccm::cloud
