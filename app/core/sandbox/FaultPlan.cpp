#include "sandbox/FaultPlan.h"

#include "sandbox/Responses.h"

#include <algorithm>

namespace ccm::sandbox {

void FaultPlan::inject(Fault fault, int count, int argument, const QString& pathPrefix)
{
    if (count > 0)
        m_faults.append(Pending{fault, count, argument, pathPrefix});
}

std::optional<FaultPlan::Pending> FaultPlan::take(const QString& path, const QString& method)
{
    const bool isList = method == QLatin1String("GET") && (path == QLatin1String("/v3/scm/certificates") ||
                                                           path == QLatin1String("/v3/scm/certificates/"));
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it->pathPrefix) || (it->fault == Fault::StaleList && !isList))
            continue;
        const Pending fault = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

bool FaultEffect::is(std::initializer_list<Fault> faults) const
{
    return m_pending.has_value() && std::find(faults.begin(), faults.end(), m_pending->fault) != faults.end();
}

std::optional<HttpResponse> FaultEffect::refusal() const
{
    if (is({Fault::ServerError}))
        return errorResponse(500, QStringLiteral("SCM.0500"),
                             QStringLiteral("Internal server error (injected by the sandbox)."));
    if (is({Fault::Throttle})) {
        HttpResponse response = errorResponse(429, QStringLiteral("APIG.0308"),
                                              QStringLiteral("The throttling threshold has been reached: policy user "
                                                             "over ratelimit, limit:20, time:1 minute"));
        if (m_pending->argument > 0)
            response.headers.emplaceBack("Retry-After", QByteArray::number(m_pending->argument));
        return response;
    }
    if (is({Fault::CannotPush}))
        return errorResponse(400, QStringLiteral("SCM.0030"),
                             QStringLiteral("The certificate cannot be pushed to the target service."));
    return std::nullopt;
}

void FaultEffect::applyAfterHandling(HttpResponse& response) const
{
    if (is({Fault::MalformedJson})) {
        response.body = response.body.isEmpty() ? QByteArray("{\"") : response.body.left(response.body.size() / 2);
        response.headers = {{"Content-Type", "application/json;charset=UTF-8"}};
    } else if (is({Fault::BadGateway})) {
        response = errorResponse(502, QStringLiteral("APIG.0201"), QStringLiteral("Bad gateway."));
    } else if (is({Fault::ServiceUnavailable})) {
        response = errorResponse(503, QStringLiteral("APIG.0201"), QStringLiteral("Service unavailable."));
    } else if (is({Fault::GatewayTimeout})) {
        response = errorResponse(504, QStringLiteral("APIG.0201"), QStringLiteral("Backend timeout."));
    } else if (is({Fault::ServerErrorNoCode})) {
        response =
            HttpResponse{500, {{"Content-Type", "text/html"}}, "<html><body>Internal Server Error</body></html>"};
    }
}

} // namespace ccm::sandbox
