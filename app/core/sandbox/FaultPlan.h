#pragma once

// Internal to the sandbox module: the faults tests inject, and what each does to a request and its answer.

#include "sandbox/HttpServer.h"
#include "sandbox/Sandbox.h"

#include <QList>
#include <QString>

#include <optional>

namespace ccm::sandbox {

/// The faults waiting for their requests, in the order they were injected.
class FaultPlan
{
public:
    struct Pending
    {
        Fault fault;
        int remaining;
        int argument;
        QString pathPrefix;
    };

    /// The next `count` requests whose path starts with `pathPrefix` get `fault`.
    void inject(Fault fault, int count, int argument, const QString& pathPrefix);
    void clear() { m_faults.clear(); }
    /// The first pending fault meant for this request (StaleList only hits a list call), counted down.
    std::optional<Pending> take(const QString& path, const QString& method);

private:
    QList<Pending> m_faults;
};

/// What becomes of the answer to a request that met `fault` (nothing, when it met none).
class FaultEffect
{
public:
    explicit FaultEffect(std::optional<FaultPlan::Pending> pending)
        : m_pending(std::move(pending))
    {}

    /// Reset or closed before the request is handled: nothing it asked for happens.
    bool dropsBeforeHandling() const { return is({Fault::ResetBeforeStore, Fault::CloseBeforeStore}); }
    /// Instead of handling the request: the answer of ServerError, Throttle or CannotPush.
    std::optional<HttpResponse> refusal() const;
    /// The request was handled: the answer the client gets instead (cut short, a gateway error...).
    void applyAfterHandling(HttpResponse& response) const;
    /// Reset or closed after the request was handled, so the client does not learn that it happened.
    bool dropsAnswer() const { return is({Fault::ResetAfterBody, Fault::ResetAfterStore, Fault::CloseAfterStore}); }
    /// How long the answer waits: the argument of Fault::Delay, else `responseDelay`.
    int delay(int responseDelay) const { return is({Fault::Delay}) ? m_pending->argument : responseDelay; }
    /// The list answers as if the newest certificate were not there yet.
    bool staleList() const { return is({Fault::StaleList}); }
    /// The fault, or Fault::Delay when there is none (which then delays nothing beyond the configured delay).
    Fault fault() const { return m_pending ? m_pending->fault : Fault::Delay; }

private:
    bool is(std::initializer_list<Fault> faults) const;

    std::optional<FaultPlan::Pending> m_pending;
};

} // namespace ccm::sandbox
