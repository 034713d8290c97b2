#include "common/SecureBytes.h"

#include <QTest>

using ccm::SecureBytes;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesAreDeep();
    void adoptWipesSharedSource();
    void debugPrintsRedacted();
    void equality_data();
    void equality();
    void wipeClearsQString();
    void wipeLeavesLiteralsAlone();
};

void TestSecureBytes::copiesAreDeep()
{
    SecureBytes a(QByteArrayView("secret"));
    SecureBytes b = a;
    QVERIFY(a.constData() != b.constData());
    a.clear();
    QCOMPARE(b.view(), QByteArrayView("secret"));
    QVERIFY(a.isEmpty());
}

void TestSecureBytes::adoptWipesSharedSource()
{
    QByteArray source("hunter2");
    const QByteArray alias = source; // shares the buffer
    SecureBytes adopted = SecureBytes::adopt(source);
    QCOMPARE(adopted.view(), QByteArrayView("hunter2"));
    QVERIFY(source.isEmpty());
    QVERIFY(!alias.contains("hunter2"));
}

void TestSecureBytes::debugPrintsRedacted()
{
    QString text;
    QDebug(&text) << SecureBytes(QByteArrayView("topsecret"));
    QVERIFY(text.contains(QLatin1String("[redacted]")));
    QVERIFY(!text.contains(QLatin1String("topsecret")));
}

void TestSecureBytes::equality_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<bool>("equal");
    QTest::addRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::addRow("different byte") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::addRow("different length") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::addRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestSecureBytes::equality()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(bool, equal);
    QCOMPARE(SecureBytes(left) == SecureBytes(right), equal);
}

void TestSecureBytes::wipeClearsQString()
{
    QString text = QString::fromLatin1("password"); // heap buffer, as user input would be
    const QString alias = text;
    ccm::wipe(text);
    QVERIFY(text.isEmpty());
    QVERIFY(!alias.contains(QLatin1String("password")));
}

void TestSecureBytes::wipeLeavesLiteralsAlone()
{
    // A literal lives in read-only memory: wiping must only drop the reference, not write to it.
    QString literal = QStringLiteral("not a secret");
    QByteArray bytes = QByteArrayLiteral("not a secret");
    ccm::wipe(literal);
    ccm::wipe(bytes);
    QVERIFY(literal.isEmpty());
    QVERIFY(bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
