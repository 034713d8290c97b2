#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <optional>
#include <utility>

namespace ccm {

/// Runs `start(context, done)` and spins a local event loop until `done(value)` is called, or `timeoutMs` passes
/// when it is not negative (then the result is empty). `context` lives as long as the wait: callbacks tied to it
/// are dropped afterwards. For the command line and tests only: the GUI never waits in a nested event loop.
template<typename T, typename Start>
std::optional<T> awaitCallback(Start start, int timeoutMs = -1)
{
    std::optional<T> out;
    QEventLoop loop;
    QObject context;
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start(&context, [&out, &loop](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return out;
}

} // namespace ccm
