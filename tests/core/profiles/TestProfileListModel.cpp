#include "profiles/ProfileListModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::profiles;

class TestProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
};

void TestProfileListModel::rows_data()
{
    QTest::addColumn<bool>("withEnvironment");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("sandbox and saved") << false
                                       << QStringList{QStringLiteral("Local sandbox"), QStringLiteral("alpha"),
                                                      QStringLiteral("Beta")};
    QTest::addRow("with environment") << true
                                      << QStringList{QStringLiteral("Local sandbox"), QStringLiteral("Environment"),
                                                     QStringLiteral("alpha"), QStringLiteral("Beta")};
}

void TestProfileListModel::rows()
{
    QFETCH(bool, withEnvironment);
    QFETCH(QStringList, names);
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QProcessEnvironment environment;
    if (withEnvironment)
        environment.insert(QStringLiteral("HUAWEICLOUD_SDK_AUTH_TOKEN"), QStringLiteral("t"));
    store.setEnvironment(environment);
    QVERIFY(store.load());
    ProfileListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), withEnvironment ? 2 : 1);

    Profile beta;
    beta.name = QStringLiteral("Beta");
    beta.scmEndpoint = QUrl(QStringLiteral("https://scm.lab.internal"));
    beta.authKind = cloud::AuthKind::Token;
    auto created = store.create(beta);
    QVERIFY(created.ok());
    Profile alpha = beta;
    alpha.name = QStringLiteral("alpha");
    alpha.scmEndpoint.clear();
    alpha.regionId = QStringLiteral("ap-southeast-1");
    QVERIFY(store.create(alpha).ok());
    QVERIFY(store.setDefault(created->id));
    model.reload();

    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row).data().toString();
    QCOMPARE(shown, names);
    const QModelIndex betaIndex = model.index(model.rowOf(created->id));
    QCOMPARE(betaIndex.data(ProfileListModel::DefaultRole).toBool(), true);
    QCOMPARE(betaIndex.data(ProfileListModel::WhereRole).toString(), QStringLiteral("https://scm.lab.internal"));
    QCOMPARE(betaIndex.data(ProfileListModel::AuthKindRole).toString(), QStringLiteral("token"));
    QCOMPARE(model.index(0).data(ProfileListModel::SandboxRole).toBool(), true);
    QCOMPARE(model.index(0).data(ProfileListModel::ReadOnlyRole).toBool(), true);
    QCOMPARE(model.index(0).data(ProfileListModel::DefaultRole).toBool(), false);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.profileAt(model.rowOf(created->id)).name, QStringLiteral("Beta"));
}

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "TestProfileListModel.moc"
