#pragma once

#include "certificate/Inspection.h"
#include "ui/inspection/InputSummary.h"

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
    QString trustRootFile; ///< the chosen profile's private root CA, trusted besides the system's roots
};

/// Runs Inspector::inspect off the GUI thread, one run at a time. A job started while one runs replaces any
/// waiting job; a result is delivered only when no newer job waits, so stale results never arrive.
class InspectionRunner : public QObject
{
    Q_OBJECT

public:
    explicit InspectionRunner(QObject* parent = nullptr);
    ~InspectionRunner() override;

    /// Not owned; must outlive the runner. May be null (encrypted inputs are then reported as needing one).
    void setPassphraseProvider(PassphraseProvider* provider) { m_passphrases = provider; }

    void start(InspectionJob job);
    bool isBusy() const;
    /// Blocks until the running job is done, serving the event loop so a passphrase question can be answered.
    void waitForIdle();
    /// What each input of the latest delivered job held (files first, then pasted text, in the job's order).
    const QList<InputSummary>& inputSummaries() const { return m_summaries; }

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The latest job's result; stale results never arrive here.
    void finished(const ccm::Inspection& inspection);

private:
    struct Run
    {
        Inspection inspection;
        QList<InputSummary> inputs;
    };
    /// Reads the job's files (on the worker thread) into the inspector's request.
    static InspectionRequest makeRequest(const InspectionJob& job);
    /// Inspects on the worker thread, trusting the job's private root CA too (a warning when it cannot be read).
    static Inspection run(const InspectionJob& job, const InspectionRequest& request, const Inspector& inspector,
                          PassphraseProvider* passphrases);
    void launch();
    void onRunFinished();

    std::shared_ptr<const Inspector> m_inspector;
    PassphraseProvider* m_passphrases = nullptr;
    QFutureWatcher<Run> m_watcher;
    QList<InputSummary> m_summaries;
    std::optional<InspectionJob> m_waiting;
    /// Set from launch until the result is handled; the future alone reads "done" before the result is delivered.
    bool m_running = false;
};

} // namespace ccm::ui
