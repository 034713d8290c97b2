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
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    // Jitter only upwards, so that the first wait is never shorter than what the gateway asks for.
    const double factor = 1.0 + jitter * QRandomGenerator::global()->generateDouble();
    return std::max(0, int(std::min(double(maxDelayMs), exponential * factor)));
}

} // namespace ccm::cloud
