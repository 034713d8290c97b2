#pragma once

#include <QDateTime>

#include <memory>

namespace ccm {

/// Source of the current time; injected so validity checks and request signing are deterministic in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The real UTC clock, shared by the whole process.
    static std::shared_ptr<const Clock> system();
};

/// A clock that stands still until told to move; for tests and for reproducible output.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace ccm
