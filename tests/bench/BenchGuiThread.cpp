// bench_gui_thread: how long the GUI thread is kept busy at a stretch while the window re-validates its inputs.
// Every event the application delivers is timed (the outermost QApplication::notify call), and so are the window
// calls the user's actions make (openFiles, a name edit). Scenarios: an 8 KB chain with its key, and a 1 MB file
// of random bytes. Target: no stretch over 16 ms (one frame at 60 Hz).
// Usage: bench_gui_thread [ROUNDS]   (default 20; a display, or QT_QPA_PLATFORM=offscreen)
#include "TestData.h"

#include "ui/mainwindow/MainWindowController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        record(timer.nsecsElapsed(), event->type());
        --m_depth;
        return result;
    }

    void record(qint64 ns, int what)
    {
        if (ns > m_longest) {
            m_longest = ns;
            m_longestWhat = what;
        }
    }
    void reset()
    {
        m_longest = 0;
        m_longestWhat = 0;
    }
    qint64 longest() const { return m_longest; }
    int longestWhat() const { return m_longestWhat; }

private:
    int m_depth = 0;
    qint64 m_longest = 0;
    int m_longestWhat = 0;
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    // The offscreen platform warns on every window resize; only the figures matter here.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtWarningMsg && type != QtDebugMsg && type != QtInfoMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    TimedApplication app(argc, argv);
    ccm::ui::MainWindowController::attachToEveryWindow();
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;

    QTemporaryDir dir;
    // An ~8 KB chain: leaf, two intermediates and the root, twice (duplicates are found and left out), plus the key.
    const QString chain = dir.filePath(QStringLiteral("chain-8k.pem"));
    {
        QFile in(ccm::test::dataPath(QStringLiteral("rsa/fullchain-root.pem")));
        QFile out(chain);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return 2;
        const QByteArray pem = in.readAll();
        while (out.size() < 8 * 1024)
            out.write(pem);
    }
    const QString garbage = dir.filePath(QStringLiteral("garbage.bin"));
    {
        QFile out(garbage);
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        QByteArray bytes(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(12345);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        out.write(bytes);
    }
    const QString key = ccm::test::dataPath(QStringLiteral("rsa/leaf.key"));

    ccm::ui::MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameEdit"));

    struct Scenario
    {
        const char* title;
        QStringList files;
    };
    const QList<Scenario> scenarios{{"8 KB chain + key", {chain, key}}, {"1 MB garbage", {garbage}}};
    std::printf("%-20s %-14s %10s %10s %s\n", "scenario", "step", "median ms", "max ms", "(longest event type)");
    for (const Scenario& scenario : scenarios) {
        QList<double> openStretch;
        QList<double> editStretch;
        int longestType = 0;
        qint64 longestAll = 0;
        for (int round = 0; round < rounds; ++round) {
            // Open: the call itself, then every event until the result is shown.
            app.reset();
            QElapsedTimer call;
            call.start();
            window.openFiles(scenario.files);
            app.record(call.nsecsElapsed(), -1);
            if (!QTest::qWaitFor([&window] { return !window.isInspecting(); }, 20000))
                return 3;
            QTest::qWait(20);
            openStretch.append(ms(app.longest()));
            if (app.longest() > longestAll) {
                longestAll = app.longest();
                longestType = app.longestWhat();
            }
            // Re-validation after an edit of the name (typed: a key event per character, then the debounce).
            app.reset();
            QTest::keyClicks(name, QStringLiteral("site-%1").arg(round));
            if (!QTest::qWaitFor([&window] { return !window.isInspecting(); }, 20000))
                return 3;
            QTest::qWait(20);
            editStretch.append(ms(app.longest()));
            name->clear();
            window.findChild<QAbstractButton*>(QStringLiteral("clearButton"))->click();
            if (!QTest::qWaitFor([&window] { return !window.isInspecting(); }, 20000))
                return 3;
        }
        std::printf("%-20s %-14s %10.2f %10.2f (%d)\n", scenario.title, "open", median(openStretch),
                    *std::max_element(openStretch.cbegin(), openStretch.cend()), longestType);
        std::printf("%-20s %-14s %10.2f %10.2f\n", scenario.title, "edit name", median(editStretch),
                    *std::max_element(editStretch.cbegin(), editStretch.cend()));
    }
    return 0;
}
