// The audit log window (System > Audit log...): an officer opens it, filters by action and sees
// only matching rows, verifies the chain on a worker thread to an answer in words, and exports
// the filtered rows to CSV; a viewer is refused.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "dialogs/AuditLogDialog.h"
#include "models/AuditLogModel.h"
#include "services/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiAuditLog : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        QList<services::AuditLog::Entry> entries;
        for (int i = 0; i < 5; ++i)
            entries.append({m_unitId, i < 3 ? QStringLiteral("certificate.approve") : QStringLiteral("lock.set"),
                            QStringLiteral("certificate"), QString::number(100 + i), QJsonObject{}});
        auto s = services::AuditLog(m_store->context()).appendAll(entries);
        ASSERT_TRUE(s.ok()) << s.errorString().toStdString();
    }

    ui::AuditLogDialog* openAuditLog(const QString& username)
    {
        if (!signInAs(username))
            return nullptr;
        m_controller->mainWindow()->auditLogAction()->trigger();
        return m_controller->mainWindow()->auditLogDialog();
    }
};

TEST_F(GuiAuditLog, FiltersByActionAndVerifiesTheChainInWords)
{
    ui::AuditLogDialog* d = openAuditLog(QStringLiteral("canbo1"));
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    QAbstractItemModelTester tester(d->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(d->isVisible());
    EXPECT_GE(d->model()->rowCount(), 5);

    auto* action = d->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
    ASSERT_NE(action, nullptr);
    // The actions read so far are offered.
    EXPECT_GE(action->findText(QStringLiteral("lock.set")), 0);
    action->setEditText(QStringLiteral("certificate.approve"));
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("applyPushButton")), Qt::LeftButton);
    ASSERT_EQ(d->model()->rowCount(), 3);
    // The column shows the action's title; the identifier stays under it (tooltip, filters, CSV).
    for (int row = 0; row < d->model()->rowCount(); ++row) {
        const QModelIndex cell = d->model()->index(row, ui::AuditLogModel::ActionColumn);
        EXPECT_EQ(cell.data(Qt::UserRole).toString(), QStringLiteral("certificate.approve"));
        EXPECT_EQ(cell.data().toString(), QStringLiteral("Certificate approved"));
    }
    EXPECT_EQ(d->statusText(), QStringLiteral("3 event(s) match the filters."));

    QSignalSpy verified(d, &ui::AuditLogDialog::verified);
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("verifyPushButton")), Qt::LeftButton);
    ASSERT_TRUE(verified.count() > 0 || verified.wait(10000));
    EXPECT_TRUE(d->verificationText().startsWith(QStringLiteral("The audit log is intact:")))
        << d->verificationText().toStdString();

    // The filtered rows, exported.
    const QString path = m_settingsDir.filePath(QStringLiteral("audit.csv"));
    d->setFileChooser([path](const QString&) { return path; });
    QSignalSpy exported(d, &ui::AuditLogDialog::exported);
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("exportPushButton")), Qt::LeftButton);
    ASSERT_TRUE(exported.count() > 0 || exported.wait(10000));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4); // the header and three rows
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(",certificate.approve,")) << lines[i].toStdString();
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("3 event(s) saved")))
        << m_prompter.lastText().toStdString();

    // Clearing the filters shows everything again.
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("clearPushButton")), Qt::LeftButton);
    EXPECT_GE(d->model()->rowCount(), 5);
}

TEST_F(GuiAuditLog, AViewerIsRefused)
{
    ASSERT_TRUE(signInAs(QStringLiteral("xem1"))) << loginMessage().toStdString();
    m_controller->mainWindow()->auditLogAction()->trigger();
    EXPECT_EQ(m_controller->mainWindow()->auditLogDialog(), nullptr);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
}

} // namespace
} // namespace hocbaso::test
