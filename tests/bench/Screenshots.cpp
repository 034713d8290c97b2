// bench_screenshots: renders the main window with a few inputs in a dark palette and in the default one, into
// PNG files for review (the dark palette cannot be chosen from the command line of the application itself).
// Usage: bench_screenshots OUTPUT_DIR   (any platform; QT_SCALE_FACTOR=2 for a 200 % rendering)
#include "TestData.h"

#include "ui/mainwindow/MainWindowController.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool render(const QString& path)
{
    ccm::ui::MainWindow window;
    window.resize(1240, 760);
    window.openFiles({ccm::test::dataPath(QStringLiteral("rsa/fullchain-root.pem")),
                      ccm::test::dataPath(QStringLiteral("rsa/leaf.key")),
                      ccm::test::dataPath(QStringLiteral("rsa/junk.bin"))});
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor([&window] { return !window.isInspecting(); }))
        return false;
    QTest::qWait(100);
    return window.grab().save(path);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ccm::ui::MainWindowController::attachToEveryWindow();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!render(out.filePath(QStringLiteral("window-light.png"))))
        return 1;
    QApplication::setPalette(darkPalette());
    if (!render(out.filePath(QStringLiteral("window-dark.png"))))
        return 1;
    std::printf("%s\n", qPrintable(out.absolutePath()));
    return 0;
}
