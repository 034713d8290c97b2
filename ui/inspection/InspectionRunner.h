#pragma once

#include "certificate/Inspection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ccm::ui {

/// What the window asks to inspect: files are read on the worker thread, pasted text is already in memory.
struct InspectionJob
{
    QStringList files;
    QList<InputSource> pasted;
    QStringList encFiles; ///< encryption certificate and key, when the SM2 pair is used
    ImportForm form;
};

/// Runs Inspector::inspect off the GUI thread, one run at a time. A job started while one runs replaces any
/// waiting job; results of jobs that are no longer the latest are dropped (generation counter).
class InspectionRunner : public QObject
{
    Q_OBJECT

public:
    explicit InspectionRunner(QObject* parent = nullptr);
    ~InspectionRunner() override;

    void setInspector(std::shared_ptr<const Inspector> inspector) { m_inspector = std::move(inspector); }
    /// Not owned; must outlive the runner. May be null (encrypted inputs are then reported as needing one).
    void setPassphraseProvider(PassphraseProvider* provider) { m_passphrases = provider; }

    void start(InspectionJob job);
    bool isBusy() const;
    /// Blocks until the running job is done, serving the event loop so a passphrase question can be answered.
    void waitForIdle();
    quint64 generation() const { return m_generation; }

    /// Reads the files of a job the way the worker does (limit + 1 byte so the reader can say "too large").
    static InspectionRequest makeRequest(const InspectionJob& job, QList<Finding>& openFindings);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The latest job's result; stale results never arrive here.
    void finished(const ccm::Inspection& inspection);

private:
    void launch();
    void onRunFinished();

    struct Result
    {
        quint64 generation = 0;
        Inspection inspection;
    };

    std::shared_ptr<const Inspector> m_inspector;
    PassphraseProvider* m_passphrases = nullptr;
    QFutureWatcher<Result> m_watcher;
    std::optional<InspectionJob> m_waiting;
    quint64 m_generation = 0;
    /// Set from launch until the result is handled; the future alone reads "done" before the result is delivered.
    bool m_running = false;
};

} // namespace ccm::ui
