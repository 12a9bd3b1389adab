// 6.1 certificate approval page: filters, ticking, approve (with the confirmation a failed check
// needs), reject and revoke with their required reason, big selections on a worker thread,
// refusals that say who decided first, the detail pane with the checks; its model; the trust
// anchors dialog; and that every page gets the main window's prompter.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "core/Translations.h"
#include "core/VietnameseText.h"
#include "crypto/CertificateBuilder.h"
#include "dialogs/RejectNoteDialog.h"
#include "dialogs/TrustAnchorsDialog.h"
#include "models/CertificateTableModel.h"
#include "pages/CertificateReviewPage.h"
#include "pages/RevocationReviewPage.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/TrustStoreService.h"
#include "store/CertificateRepository.h"
#include "support/DemoStore.h"
#include "support/LoopbackHttpServer.h"
#include "support/TestAuthority.h"
#include "widgets/CertificateDetailView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace hocbaso::test {
namespace {

using ui::CertificateTableModel;

const QStringList kCheckNames = {QStringLiteral("chain"),        QStringLiteral("validity"),
                                 QStringLiteral("expiry_soon"),  QStringLiteral("key_usage"),
                                 QStringLiteral("key_strength"), QStringLiteral("subject_matches_school"),
                                 QStringLiteral("not_revoked"),  QStringLiteral("unique")};

// The texts these tests read are the English source texts: another suite may have left a
// Vietnamese translation installed. Texts with a count ("%n certificate(s)") get their English
// plural from translations/hocbaso_en.ts, which tests do not load: checks stop before the ending.
void useEnglish()
{
    installTranslations(QStringLiteral("en"));
}

class GuiCertificates : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";

    void SetUp() override
    {
        quietOffscreenWarnings();
        useEnglish();
        QString skip;
        m_store = TestStore::create(store::Dialect::Sqlite, &skip);
        ASSERT_TRUE(m_store) << skip.toStdString();
        m_clock = &m_store->clock();
        ASSERT_TRUE(m_settingsDir.isValid());
        // Five schools: the first has its seal and principal pending, the second an expired
        // renewal, the third an RSA 1024 renewal, the fifth a vice-principal waiting (DemoGenerator).
        auto demo = fillWithDemo(*m_store, 5, 100, false);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
        m_controller->setDatabaseOverride(m_store->sqlitePath());
        m_controller->start();
    }

    // Signs in and shows 6.1. The page is not handed a prompter here: the main window's (the
    // scripted one) must reach it.
    ui::CertificateReviewPage* openPage(const QString& user = QStringLiteral("canbo1"))
    {
        if (!signInAs(user, QString::fromLatin1(kDemoPassword)))
            return nullptr;
        ui::MainWindow* main = m_controller->mainWindow();
        auto* page = qobject_cast<ui::CertificateReviewPage*>(main->page(ui::PageId::CertificateReview));
        if (!page)
            return nullptr;
        main->showPage(ui::PageId::CertificateReview);
        return page;
    }
    services::ServiceContext& context() { return m_controller->session()->context(); }
    CertificateRegistration stored(qint64 id)
    {
        auto r = store::CertificateRepository(m_store->db()).byId(id);
        EXPECT_TRUE(r.ok() && r->has_value());
        return r && r->has_value() ? **r : CertificateRegistration();
    }
    // Pending rows of the page, split by whether a check fails.
    QList<qint64> pendingRows(ui::CertificateReviewPage* page, bool failing)
    {
        QList<qint64> ids;
        CertificateTableModel* m = page->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const services::CertificateView* v = m->certificateAt(r);
            if (v->registration.status == CertificateStatus::Pending && v->hasFailedCheck() == failing)
                ids.append(v->registration.id);
        }
        return ids;
    }
    void tick(ui::CertificateReviewPage* page, qint64 id)
    {
        const int row = page->model()->rowOfCertificate(id);
        ASSERT_GE(row, 0);
        EXPECT_TRUE(page->model()->setData(page->model()->index(row, CertificateTableModel::SchoolColumn), Qt::Checked,
                                           Qt::CheckStateRole));
    }
    QPushButton* button(QWidget* parent, const char* name)
    {
        return parent->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QString expectedCounts()
    {
        auto c = services::CertificateReview(context()).countsByStatus({});
        EXPECT_TRUE(c.ok());
        return QStringLiteral("Pending: %1, approved: %2, rejected: %3, revoked: %4")
            .arg(c->value(CertificateStatus::Pending))
            .arg(c->value(CertificateStatus::Approved))
            .arg(c->value(CertificateStatus::Rejected))
            .arg(c->value(CertificateStatus::Revoked));
    }
    // The audit events about one certificate.
    QList<AuditEvent> auditOf(qint64 id)
    {
        auto events = services::AuditLog(m_store->context()).latest(1000);
        EXPECT_TRUE(events.ok());
        QList<AuditEvent> out;
        for (const AuditEvent& e : *events) {
            if (e.entity == QLatin1String("certificate") && e.entityId == QString::number(id))
                out.append(e);
        }
        return out;
    }
    // A self-signed CA certificate in a PEM file, for the trust store.
    QString writeRoot(const QString& cn)
    {
        const crypto::PrivateKey key = crypto::PrivateKey::generateEc();
        auto cert =
            crypto::CertificateBuilder()
                .setSubject({{QStringLiteral("CN"), cn}, {QStringLiteral("C"), QStringLiteral("VN")}})
                .setValidity(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                             QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC))
                .setCa(true)
                .setKeyUsage(crypto::KeyUsage(crypto::KeyUsageFlag::KeyCertSign) | crypto::KeyUsageFlag::CrlSign)
                .setPublicKey(key)
                .sign(key);
        EXPECT_TRUE(cert.ok()) << cert.errorString().toStdString();
        const QString path = m_settingsDir.filePath(QStringLiteral("root.pem"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(cert->toPem());
        f.close();
        m_rootSha256 = cert->sha256Hex();
        return path;
    }

    QString m_rootSha256;
};

services::CertificateView view(qint64 id, CertificateStatus status, const char* school,
                               crypto::Check::Severity worst = crypto::Check::Pass)
{
    services::CertificateView v;
    v.registration.id = id;
    v.registration.status = status;
    v.registration.kind = id % 2 ? CertificateKind::Unit : CertificateKind::Signer;
    v.registration.holder = v.registration.kind == CertificateKind::Signer ? QStringLiteral("Lê Thị Hoa") : QString();
    v.registration.position =
        v.registration.kind == CertificateKind::Signer ? SignerPosition::Principal : SignerPosition::None;
    v.registration.subject = QStringLiteral("CN=%1, O=%1, C=VN").arg(QString::fromUtf8(school));
    v.registration.issuer = QStringLiteral("CN=CA phục vụ các cơ quan Nhà nước, O=Ban Cơ yếu Chính phủ, C=VN");
    v.registration.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    v.registration.notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    v.registration.submittedAt = QDateTime(QDate(2026, 11, 19), QTime(14, 5), Qt::UTC);
    v.registration.submittedBy = QStringLiteral("school:TH01");
    if (status != CertificateStatus::Pending) {
        v.registration.decidedBy = QStringLiteral("canbo2");
        v.registration.decidedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    }
    v.schoolName = QString::fromUtf8(school);
    v.schoolCode = QStringLiteral("TH%1").arg(id);
    for (const QString& name : kCheckNames)
        v.checks.append({name, name == QLatin1String("validity") ? worst : crypto::Check::Pass, name + " detail"});
    return v;
}

TEST(GuiCertificateHistory, NamesPeopleNotAccounts)
{
    useEnglish();
    services::CertificateView v = view(5, CertificateStatus::Approved, "Trường Tiểu học Đống Đa");
    v.decidedByName = QStringLiteral("Nguyễn Thị Bình");
    ui::CertificateDetailView pane;
    pane.setCertificate(v);
    const QString text = pane.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("by the account of school TH01 on"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("by Nguyễn Thị Bình on"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("school:"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("canbo2"))) << text.toStdString();
    // A decider the reader may not see stays an account rather than nothing.
    v.decidedByName.clear();
    pane.setCertificate(v);
    EXPECT_TRUE(pane.toPlainText().contains(QStringLiteral("by canbo2 on")));
}

TEST_F(GuiCertificates, TheStoreGivesTheDecidersName)
{
    // The demo's approved certificates were decided by its officers; the review row carries the
    // officer's display name from users.
    store::CertificateRepository certificates(m_store->db());
    store::CertificateRepository::Filter all;
    auto rows = certificates.reviewRows(all);
    ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
    int named = 0;
    for (const auto& row : *rows) {
        if (row.registration.decidedBy.isEmpty() || row.registration.decidedBy == QLatin1String("system"))
            continue;
        auto user = m_store->db().run(QStringLiteral("SELECT display_name FROM users WHERE username = ?"),
                                      {row.registration.decidedBy});
        ASSERT_TRUE(user.ok());
        if ((*user)->next()) {
            EXPECT_EQ(row.decidedByName, (*user)->value(0).toString()) << row.registration.decidedBy.toStdString();
            ++named;
        }
    }
    EXPECT_GT(named, 0) << "the demo has decided certificates";
}

TEST(GuiCertificatesModel, PassesTheModelTesterAndTicksPendingAndApprovedRows)
{
    useEnglish();
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCertificates({view(7, CertificateStatus::Pending, "Trường Tiểu học Kim Liên", crypto::Check::Fail),
                           view(3, CertificateStatus::Rejected, "Trường Tiểu học Hòa Bình"),
                           view(5, CertificateStatus::Approved, "Trường Tiểu học Đống Đa", crypto::Check::Warning),
                           view(4, CertificateStatus::Pending, "Trường Tiểu học Cát Linh")});
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), int(CertificateTableModel::ColumnCount));
    EXPECT_EQ(model.checkableCount(), 3) << "pending and approved rows";
    EXPECT_TRUE(model.flags(model.index(0, CertificateTableModel::SchoolColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(1, CertificateTableModel::SchoolColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.index(1, CertificateTableModel::SchoolColumn).data(Qt::CheckStateRole).isValid());
    EXPECT_FALSE(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));

    // Texts of a row: school, kind, subject and issuer by their CN, the compact check result.
    EXPECT_EQ(model.index(0, CertificateTableModel::SchoolColumn).data().toString(),
              QStringLiteral("Trường Tiểu học Kim Liên"));
    EXPECT_EQ(model.index(0, CertificateTableModel::KindColumn).data().toString(), QStringLiteral("Unit seal"));
    EXPECT_EQ(model.index(3, CertificateTableModel::KindColumn).data().toString(),
              QStringLiteral("Signing account: Lê Thị Hoa (%1)").arg(label(SignerPosition::Principal)));
    EXPECT_EQ(model.index(0, CertificateTableModel::SubjectColumn).data().toString(),
              QStringLiteral("Trường Tiểu học Kim Liên"));
    EXPECT_EQ(model.index(0, CertificateTableModel::IssuerColumn).data().toString(),
              QStringLiteral("CA phục vụ các cơ quan Nhà nước"));
    EXPECT_EQ(model.index(0, CertificateTableModel::ChecksColumn).data().toString(), QStringLiteral("Fail (1)"));
    EXPECT_EQ(model.index(2, CertificateTableModel::ChecksColumn).data().toString(), QStringLiteral("Warning (1)"));
    EXPECT_EQ(model.index(1, CertificateTableModel::ChecksColumn).data().toString(), QStringLiteral("Pass"));
    {
        // Every check passes, but the chain ends at a test root: not a plain pass.
        CertificateTableModel testRootModel;
        services::CertificateView v = view(9, CertificateStatus::Pending, "Trường Tiểu học Thử");
        v.checks.first().testRoot = true;
        testRootModel.setCertificates({v});
        EXPECT_EQ(testRootModel.index(0, CertificateTableModel::ChecksColumn).data().toString(),
                  QStringLiteral("Pass (test root)"));
    }
    EXPECT_EQ(model.index(0, CertificateTableModel::ChecksColumn).data(CertificateTableModel::SeverityRole).toInt(),
              int(crypto::Check::Fail));
    EXPECT_NE(model.index(0, CertificateTableModel::ChecksColumn).data(Qt::ForegroundRole),
              model.index(1, CertificateTableModel::ChecksColumn).data(Qt::ForegroundRole));
    EXPECT_TRUE(model.index(0, CertificateTableModel::ChecksColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(crypto::Check::label(QStringLiteral("validity"))));
    EXPECT_EQ(model.index(0, CertificateTableModel::ValidToColumn).data().toString(), QStringLiteral("01/01/2028"));
    // The date at fault turns red: without the time, the end of an invalid certificate.
    EXPECT_TRUE(model.index(0, CertificateTableModel::ValidToColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(0, CertificateTableModel::ValidFromColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(3, CertificateTableModel::ValidToColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(2, CertificateTableModel::StatusColumn).data().toString(), QStringLiteral("Approved"));
    EXPECT_TRUE(
        model.index(2, CertificateTableModel::StatusColumn).data(Qt::ToolTipRole).toString().contains("canbo2"));

    EXPECT_TRUE(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{4}));
    EXPECT_TRUE(model.setAllChecked(true).ok());
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{7, 5, 4})) << "in the table's order";
    EXPECT_EQ(model.checkedIds(CertificateStatus::Pending), (QList<qint64>{7, 4}));
    EXPECT_EQ(model.checkedIds(CertificateStatus::Approved), (QList<qint64>{5}));
    // Before its start the start is at fault.
    model.setCertificates({view(7, CertificateStatus::Pending, "Trường Tiểu học Kim Liên", crypto::Check::Fail)},
                          QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
    EXPECT_TRUE(model.index(0, CertificateTableModel::ValidFromColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(0, CertificateTableModel::ValidToColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{7}));
    model.setCertificates({view(7, CertificateStatus::Pending, "Trường Tiểu học Kim Liên", crypto::Check::Fail),
                           view(3, CertificateStatus::Rejected, "Trường Tiểu học Hòa Bình"),
                           view(5, CertificateStatus::Approved, "Trường Tiểu học Đống Đa", crypto::Check::Warning),
                           view(4, CertificateStatus::Pending, "Trường Tiểu học Cát Linh")});
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{7}));
    EXPECT_TRUE(model.setAllChecked(true).ok());
    // Ticks survive a refresh for rows that can still be ticked.
    model.setCertificates({view(4, CertificateStatus::Pending, "Trường Tiểu học Cát Linh"),
                           view(7, CertificateStatus::Rejected, "Trường Tiểu học Kim Liên")});
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{4}));
    EXPECT_TRUE(model.setAllChecked(false).ok());
    EXPECT_EQ(model.checkedCount(), 0);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GuiCertificatesModel, CommonNamesAndCheckLabels)
{
    useEnglish();
    EXPECT_EQ(CertificateTableModel::commonName(QStringLiteral("CN=Trường Tiểu học Kim Liên, O=Sở GD&ĐT, C=VN")),
              QStringLiteral("Trường Tiểu học Kim Liên"));
    EXPECT_EQ(CertificateTableModel::commonName(QStringLiteral("O=Ban Cơ yếu Chính phủ, CN=CA, phục vụ, C=VN")),
              QStringLiteral("CA, phục vụ"));
    EXPECT_EQ(CertificateTableModel::commonName(QStringLiteral("O=No common name")),
              QStringLiteral("O=No common name"));
    QSet<QString> labels;
    for (const QString& name : kCheckNames) {
        const QString l = crypto::Check::label(name);
        EXPECT_NE(l, name) << "every check has a label for people: " << name.toStdString();
        labels.insert(l);
    }
    EXPECT_EQ(labels.size(), kCheckNames.size());
    EXPECT_EQ(ui::CertificateDetailView::fingerprintText(QString(64, QLatin1Char('a'))),
              QStringLiteral("AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA\n"
                             "AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA"));
}

TEST_F(GuiCertificates, TheHighlightedCertificateIsApprovedWithTheKeyboardAlone)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    CertificateTableModel* m = page->model();
    const QList<qint64> clean = pendingRows(page, false);
    ASSERT_GE(clean.size(), 2);
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    ASSERT_TRUE(page->selectCertificate(clean.at(0)));
    auto* table = page->findChild<QTableView*>(QStringLiteral("certificatesTableView"));
    table->setFocus();
    // To a clean pending row with the arrow keys, then Alt+A: nothing ticked, so the highlighted one.
    qint64 highlighted = clean.at(0);
    for (int i = 0; i < m->rowCount() &&
                    (m->certificateAt(table->currentIndex().row())->hasFailedCheck() || highlighted == clean.at(0));
         ++i) {
        QTest::keyClick(table, Qt::Key_Down);
        highlighted = m->certificateAt(table->currentIndex().row())->registration.id;
    }
    ASSERT_TRUE(clean.contains(highlighted));
    ASSERT_NE(highlighted, clean.at(0));
    EXPECT_EQ(m->checkedCount(), 0);
    m_prompter.answerNext(true);
    QTest::keyClick(table, Qt::Key_A, Qt::AltModifier);
    // A mnemonic clicks the button as a mouse would, after the button's short animation.
    const QList<ScriptedPrompter::Message>& said = m_prompter.messages();
    ASSERT_TRUE(QTest::qWaitFor([&] { return said.size() >= 2; }, 5000));
    EXPECT_TRUE(said.at(0).text.startsWith(QStringLiteral("Approve 1 certificate"))) << said.at(0).text.toStdString();
    EXPECT_EQ(stored(highlighted).status, CertificateStatus::Approved);
    EXPECT_EQ(stored(clean.at(0)).status, CertificateStatus::Pending);
}

TEST_F(GuiCertificates, TickTwoPendingRowsAndApproveThem)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    CertificateTableModel* m = page->model();
    // Pending is what the page shows first.
    ASSERT_GT(m->rowCount(), 0);
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_EQ(m->certificateAt(r)->registration.status, CertificateStatus::Pending);
    EXPECT_EQ(page->countsText(), expectedCounts());
    const QList<qint64> clean = pendingRows(page, false);
    ASSERT_GE(clean.size(), 2);
    auto* approve = button(page, "approvePushButton");
    // Nothing ticked: the buttons act on the highlighted certificate and say so.
    ASSERT_TRUE(page->selectCertificate(clean.at(1)));
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_EQ(approve->text(), QStringLiteral("&Approve 1 certificate"));
    EXPECT_FALSE(button(page, "revokePushButton")->isEnabled()) << "a pending row is not revoked";

    // One tick with the model (a click on the box), one with the space bar on the current row.
    tick(page, clean.at(0));
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    ASSERT_TRUE(page->selectCertificate(clean.at(1)));
    auto* table = page->findChild<QTableView*>(QStringLiteral("certificatesTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(m->checkedIds(), (QList<qint64>{clean.at(0), clean.at(1)}));
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_EQ(approve->text(), QStringLiteral("&Approve 2 certificates"));
    EXPECT_TRUE(button(page, "rejectPushButton")->isEnabled());
    EXPECT_FALSE(button(page, "revokePushButton")->isEnabled()) << "only approved rows are revoked";

    m_prompter.answerNext(true);
    QTest::mouseClick(approve, Qt::LeftButton);
    const QList<ScriptedPrompter::Message>& said = m_prompter.messages();
    ASSERT_EQ(said.size(), 2);
    EXPECT_EQ(said.at(0).kind, QStringLiteral("confirm"));
    EXPECT_TRUE(said.at(0).text.startsWith(QStringLiteral("Approve 2 certificate"))) << said.at(0).text.toStdString();
    EXPECT_EQ(said.at(1).kind, QStringLiteral("inform"));
    EXPECT_TRUE(said.at(1).text.startsWith(QStringLiteral("Approved 2 certificate"))) << said.at(1).text.toStdString();

    // Gone from the pending list, approved in the store with who and when, and audited.
    for (qint64 id : {clean.at(0), clean.at(1)}) {
        EXPECT_LT(m->rowOfCertificate(id), 0);
        const CertificateRegistration r = stored(id);
        EXPECT_EQ(r.status, CertificateStatus::Approved);
        EXPECT_EQ(r.decidedBy, QStringLiteral("canbo1"));
        EXPECT_EQ(r.decidedAt, m_clock->now());
        const QList<AuditEvent> events = auditOf(id);
        ASSERT_FALSE(events.isEmpty());
        EXPECT_EQ(events.first().action, QStringLiteral("certificate.approve"));
        EXPECT_EQ(events.first().actor, QStringLiteral("canbo1"));
    }
    EXPECT_EQ(m->checkedCount(), 0);
    EXPECT_EQ(page->countsText(), expectedCounts());

    // Under "Approved" they show with their new status, and can now be ticked for revocation.
    ASSERT_TRUE(page->setFilter(CertificateStatus::Approved));
    const int row = m->rowOfCertificate(clean.at(0));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->index(row, CertificateTableModel::StatusColumn).data().toString(), QStringLiteral("Approved"));
    EXPECT_TRUE(m->isCheckable(row));
}

TEST_F(GuiCertificates, RejectingNeedsAReason)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const QList<qint64> pending = pendingRows(page, true) + pendingRows(page, false);
    ASSERT_GE(pending.size(), 2);
    const qint64 id = pending.first();
    tick(page, id);
    QTest::mouseClick(button(page, "rejectPushButton"), Qt::LeftButton);
    ui::RejectNoteDialog* dialog = page->noteDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->purpose(), ui::RejectNoteDialog::Purpose::RejectCertificates);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Reject certificates"));
    EXPECT_FALSE(dialog->rejectButton()->isEnabled());
    auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
    QTest::keyClicks(note, QStringLiteral("   "));
    EXPECT_FALSE(dialog->rejectButton()->isEnabled()) << "blanks are no reason";
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "an empty reason does not get past the dialog";
    EXPECT_EQ(stored(id).status, CertificateStatus::Pending);

    // QTest types ASCII only; Vietnamese arrives as an input method would insert it.
    note->insertPlainText(QStringLiteral("Chứng thư số không mang tên nhà trường."));
    ASSERT_TRUE(dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Rejected 1 certificate")))
        << m_prompter.lastText().toStdString();
    EXPECT_LT(page->model()->rowOfCertificate(id), 0);
    const CertificateRegistration r = stored(id);
    EXPECT_EQ(r.status, CertificateStatus::Rejected);
    EXPECT_EQ(r.decisionReason, QStringLiteral("Chứng thư số không mang tên nhà trường."));
    EXPECT_EQ(auditOf(id).first().action, QStringLiteral("certificate.reject"));

    // The service refuses an empty reason by itself too.
    auto refused = services::CertificateReview(context()).reject({pending.at(1)}, QStringLiteral("  "));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(stored(pending.at(1)).status, CertificateStatus::Pending);
}

TEST_F(GuiCertificates, AFailedCheckAsksAndNoLeavesItPending)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const QList<qint64> failing = pendingRows(page, true);
    ASSERT_FALSE(failing.isEmpty()) << "the demo has an expired and a weak renewal pending";
    const qint64 id = failing.first();
    const services::CertificateView* v = page->model()->certificateAt(page->model()->rowOfCertificate(id));
    ASSERT_NE(v, nullptr);
    const QString failedLabel = crypto::Check::label(v->failedCheckNames().first());
    tick(page, id);

    // Yes to "approve 1 certificate?", no to "it failed these checks: approve anyway?".
    m_prompter.answerNext(true);
    m_prompter.answerNext(false);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    const QList<ScriptedPrompter::Message>& said = m_prompter.messages();
    ASSERT_EQ(said.size(), 3);
    EXPECT_EQ(said.at(0).kind, QStringLiteral("confirm"));
    EXPECT_TRUE(said.at(0).text.contains(QStringLiteral("failed checks"))) << said.at(0).text.toStdString();
    EXPECT_EQ(said.at(1).kind, QStringLiteral("confirm"));
    EXPECT_TRUE(said.at(1).text.contains(failedLabel)) << said.at(1).text.toStdString();
    EXPECT_TRUE(said.at(1).text.contains(v->schoolName)) << said.at(1).text.toStdString();
    EXPECT_EQ(said.at(2).kind, QStringLiteral("inform"));
    EXPECT_TRUE(said.at(2).text.contains(QStringLiteral("stay pending"))) << said.at(2).text.toStdString();
    EXPECT_EQ(stored(id).status, CertificateStatus::Pending);
    EXPECT_TRUE(auditOf(id).isEmpty() || auditOf(id).first().action != QLatin1String("certificate.approve"));
    EXPECT_GE(page->model()->rowOfCertificate(id), 0) << "still listed as pending";
    EXPECT_EQ(page->model()->checkedIds(), QList<qint64>{id}) << "and still ticked";

    // Saying yes twice approves it, and the decision keeps which checks failed.
    m_prompter.clear();
    m_prompter.answerNext(true);
    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    const CertificateRegistration r = stored(id);
    EXPECT_EQ(r.status, CertificateStatus::Approved);
    EXPECT_TRUE(r.decisionReason.contains(failedLabel)) << r.decisionReason.toStdString();
}

TEST_F(GuiCertificates, TheDetailPaneShowsTheChecksOfTheCurrentRow)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const QList<qint64> failing = pendingRows(page, true);
    const QList<qint64> clean = pendingRows(page, false);
    ASSERT_FALSE(failing.isEmpty());
    ASSERT_FALSE(clean.isEmpty());
    ui::CertificateDetailView* pane = page->detailView();
    EXPECT_TRUE(pane->isVisible());
    EXPECT_TRUE(pane->hasCertificate()) << "the first row opens by itself";

    for (qint64 id : {failing.first(), clean.first()}) {
        ASSERT_TRUE(page->selectCertificate(id));
        EXPECT_EQ(page->currentCertificateId(), id);
        EXPECT_EQ(pane->certificateId(), id);
        const services::CertificateView* v = page->model()->certificateAt(page->model()->rowOfCertificate(id));
        ASSERT_NE(v, nullptr);
        const QString text = pane->toPlainText();
        ASSERT_EQ(v->checks.size(), kCheckNames.size());
        for (const crypto::Check& c : v->checks) {
            EXPECT_TRUE(text.contains(c.label())) << c.name.toStdString();
            EXPECT_TRUE(text.contains(c.detail)) << c.detail.toStdString();
            EXPECT_FALSE(text.contains(c.name + QLatin1Char(':'))) << "no raw identifiers: " << c.name.toStdString();
        }
        // Plain words first: the holder and the issuing organisation, no distinguished name, serial
        // or fingerprint until the technical section is opened.
        EXPECT_TRUE(text.contains(v->schoolName));
        EXPECT_TRUE(text.contains(v->certificate.subjectField(QStringLiteral("CN")))) << text.toStdString();
        EXPECT_TRUE(text.contains(v->certificate.issuerField(QStringLiteral("O")))) << text.toStdString();
        const QString fingerprint =
            ui::CertificateDetailView::fingerprintText(v->registration.sha256, 8).section('\n', 0, 0);
        EXPECT_FALSE(pane->technicalDetailsShown());
        EXPECT_FALSE(text.contains(v->certificate.subject())) << text.toStdString();
        EXPECT_FALSE(text.contains(v->certificate.serialHex()));
        EXPECT_FALSE(text.contains(fingerprint));
        pane->setTechnicalDetailsShown(true);
        const QString technical = pane->toPlainText();
        pane->setTechnicalDetailsShown(false);
        EXPECT_TRUE(technical.contains(v->certificate.subject())) << technical.toStdString();
        EXPECT_TRUE(technical.contains(v->certificate.issuer()));
        EXPECT_TRUE(technical.contains(v->certificate.serialHex()));
        EXPECT_TRUE(technical.contains(fingerprint));
        EXPECT_TRUE(text.contains(v->certificate.keyDescription()));
        ASSERT_FALSE(v->chainNames.isEmpty());
        EXPECT_TRUE(text.contains(v->chainNames.last()));
        if (!v->family.isEmpty()) {
            EXPECT_TRUE(text.contains(ui::CertificateDetailView::familyLabel(v->family)));
        }
        EXPECT_EQ(text.contains(QStringLiteral("Failed checks:")), v->hasFailedCheck());
    }
    // The pane can be closed to give the list the room.
    QTest::mouseClick(button(page, "detailPanePushButton"), Qt::LeftButton);
    EXPECT_FALSE(page->findChild<QWidget*>(QStringLiteral("detailGroupBox"))->isVisible());
}

TEST_F(GuiCertificates, RevokingAnApprovedCertificateNeedsAReasonAndKeepsTheApproval)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->setFilter(CertificateStatus::Approved, CertificateKind::Unit));
    ASSERT_GT(page->model()->rowCount(), 0);
    const qint64 id = page->model()->certificateAt(0)->registration.id;
    const CertificateRegistration before = stored(id);
    EXPECT_FALSE(button(page, "approvePushButton")->isEnabled());
    tick(page, id);
    EXPECT_FALSE(button(page, "approvePushButton")->isEnabled()) << "an approved row cannot be approved again";
    ASSERT_TRUE(button(page, "revokePushButton")->isEnabled());
    QTest::mouseClick(button(page, "revokePushButton"), Qt::LeftButton);
    ui::RejectNoteDialog* dialog = page->noteDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->purpose(), ui::RejectNoteDialog::Purpose::RevokeCertificates);
    EXPECT_FALSE(dialog->rejectButton()->isEnabled());
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))
        ->insertPlainText(QStringLiteral("Nhà trường báo mất USB token."));
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Revoked 1 certificate")))
        << m_prompter.lastText().toStdString();
    const CertificateRegistration after = stored(id);
    EXPECT_EQ(after.status, CertificateStatus::Revoked);
    EXPECT_EQ(after.decidedBy, before.decidedBy) << "the approval's who and when stay";
    EXPECT_EQ(after.decidedAt, before.decidedAt);
    EXPECT_EQ(auditOf(id).first().action, QStringLiteral("certificate.revoke"));

    ASSERT_TRUE(page->setFilter(CertificateStatus::Revoked));
    ASSERT_TRUE(page->selectCertificate(id));
    const QString text = page->detailView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Nhà trường báo mất USB token."))) << text.toStdString();
    // The approval stays, said with the approver's name.
    auto approver =
        m_store->db().run(QStringLiteral("SELECT display_name FROM users WHERE username = ?"), {before.decidedBy});
    ASSERT_TRUE(approver.ok() && (*approver)->next());
    EXPECT_TRUE(text.contains(QStringLiteral("Approved by %1").arg((*approver)->value(0).toString())))
        << text.toStdString();
    EXPECT_FALSE(page->model()->isCheckable(page->model()->rowOfCertificate(id)));
}

TEST_F(GuiCertificates, BigSelectionsAreDecidedOnAWorkerThread)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    page->setBackgroundThreshold(0);
    const QList<qint64> clean = pendingRows(page, false);
    const QList<qint64> failing = pendingRows(page, true);
    ASSERT_GE(clean.size(), 2);
    ASSERT_GE(failing.size(), 1);
    QTest::mouseClick(page->findChild<QCheckBox*>(QStringLiteral("selectAllCheckBox")), Qt::LeftButton);
    ASSERT_EQ(page->model()->checkedCount(), page->model()->rowCount());
    // Yes to the whole; the certificates with failed checks are asked about here, on this thread,
    // and refused; the others go to the worker.
    m_prompter.answerNext(true);
    for (int i = 0; i < failing.size(); ++i)
        m_prompter.answerNext(false);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_TRUE(page->isBusy());
    EXPECT_NE(page->findChild<QProgressDialog*>(), nullptr);
    EXPECT_FALSE(button(page, "approvePushButton")->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    EXPECT_EQ(m_prompter.messages().size(), 2 + failing.size());
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved %1 certificate").arg(clean.size())))
        << m_prompter.lastText().toStdString();
    for (qint64 id : clean)
        EXPECT_EQ(stored(id).status, CertificateStatus::Approved);
    for (qint64 id : failing)
        EXPECT_EQ(stored(id).status, CertificateStatus::Pending);
    EXPECT_EQ(page->model()->rowCount(), failing.size());
}

// Every registration of the list in its order, from the service in one piece.
QList<services::CertificateView> wholeList(services::ServiceContext& ctx, std::optional<CertificateStatus> status)
{
    services::CertificateQuery q;
    q.status = status;
    q.withChecks = true;
    auto rows = services::CertificateReview(ctx).list(q);
    EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
    return rows ? *rows : QList<services::CertificateView>();
}

// Scrolls the table to its end until the model has read every page, as an officer would.
void scrollToTheEnd(QTableView* table)
{
    for (int i = 0; i < 100 && table->model()->canFetchMore(QModelIndex()); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
}

TEST_F(GuiCertificates, TheListIsReadAPageAtATimeAsItScrolls)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    CertificateTableModel* m = page->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->setPageSize(2);
    ASSERT_TRUE(page->setFilter(std::nullopt));
    const QList<services::CertificateView> every = wholeList(context(), std::nullopt);
    ASSERT_GT(every.size(), 4);
    EXPECT_EQ(m->rowCount(), 2) << "the first page only";
    EXPECT_TRUE(m->canFetchMore({}));
    EXPECT_EQ(page->countsText(), expectedCounts());
    qint64 decidable = 0;
    for (const services::CertificateView& v : every)
        decidable +=
            v.registration.status == CertificateStatus::Pending || v.registration.status == CertificateStatus::Approved;
    EXPECT_EQ(m->checkableCount(), decidable) << "counted by the store, not from the rows read";

    auto* table = page->findChild<QTableView*>(QStringLiteral("certificatesTableView"));
    scrollToTheEnd(table);
    ASSERT_FALSE(m->canFetchMore({}));
    ASSERT_EQ(m->rowCount(), every.size());
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_EQ(m->certificateAt(r)->registration.id, every.at(r).registration.id) << "row " << r;

    // A pending row of a later page: its pane, its tick, its approval.
    int row = -1;
    for (int r = 2; r < m->rowCount() && row < 0; ++r) {
        if (m->certificateAt(r)->registration.status == CertificateStatus::Pending &&
            !m->certificateAt(r)->hasFailedCheck())
            row = r;
    }
    ASSERT_GE(row, 2);
    const qint64 id = m->certificateAt(row)->registration.id;
    ASSERT_TRUE(page->selectCertificate(id));
    EXPECT_EQ(page->currentCertificateId(), id);
    EXPECT_TRUE(page->detailView()->hasCertificate());
    tick(page, id);
    EXPECT_EQ(m->checkedIds(CertificateStatus::Pending), QList<qint64>{id});
    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform")) << m_prompter.lastText().toStdString();
    EXPECT_EQ(stored(id).status, CertificateStatus::Approved);
    EXPECT_EQ(page->countsText(), expectedCounts());
    EXPECT_EQ(m->rowCount(), 2) << "a refresh starts again from the first page";
}

TEST_F(GuiCertificates, TicksOfLaterPagesSurviveARefresh)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    CertificateTableModel* m = page->model();
    m->setPageSize(2);
    ASSERT_TRUE(page->setFilter(CertificateStatus::Pending));
    auto* table = page->findChild<QTableView*>(QStringLiteral("certificatesTableView"));
    scrollToTheEnd(table);
    ASSERT_GT(m->rowCount(), 2);
    const qint64 last = m->certificateAt(m->rowCount() - 1)->registration.id;
    tick(page, last);
    page->refresh();
    EXPECT_EQ(m->rowCount(), 2);
    EXPECT_LT(m->rowOfCertificate(last), 0) << "not read again yet";
    EXPECT_EQ(m->checkedIds(), QList<qint64>{last}) << "still listed and pending: the tick stays";
    EXPECT_EQ(m->checkedIds(CertificateStatus::Pending), QList<qint64>{last});
    EXPECT_TRUE(button(page, "approvePushButton")->isEnabled());
    // Scrolled to again, the row shows its tick.
    scrollToTheEnd(table);
    const int row = m->rowOfCertificate(last);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->index(row, CertificateTableModel::SchoolColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
              Qt::Checked);
    // Decided elsewhere in between: the tick goes at the next refresh.
    services::ServiceContext other{m_store->db(), *m_clock, context().actor, {}};
    other.actor.username = QStringLiteral("canbo2");
    ASSERT_TRUE(services::CertificateReview(other).reject({last}, QStringLiteral("Sai tên")).ok());
    page->refresh();
    EXPECT_EQ(m->checkedCount(), 0);
}

TEST_F(GuiCertificates, SelectAllTicksEveryPageAndDecidesThemAll)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    page->setBackgroundThreshold(0);
    CertificateTableModel* m = page->model();
    m->setPageSize(2);
    ASSERT_TRUE(page->setFilter(CertificateStatus::Pending));
    const QList<services::CertificateView> pending = wholeList(context(), CertificateStatus::Pending);
    ASSERT_GT(pending.size(), 2 * m->pageSize()) << "more than two pages";
    QList<qint64> clean, failing;
    for (const services::CertificateView& v : pending)
        (v.hasFailedCheck() ? failing : clean).append(v.registration.id);
    ASSERT_GE(clean.size(), 1);
    ASSERT_GE(failing.size(), 1);
    ASSERT_EQ(m->rowCount(), 2);

    auto* all = page->findChild<QCheckBox*>(QStringLiteral("selectAllCheckBox"));
    QTest::mouseClick(all, Qt::LeftButton);
    EXPECT_EQ(m->rowCount(), 2) << "ticking every row reads ids, not rows";
    EXPECT_EQ(m->checkedCount(), pending.size());
    EXPECT_EQ(m->checkableCount(), pending.size());
    EXPECT_EQ(all->checkState(), Qt::Checked);
    QList<qint64> expected;
    for (const services::CertificateView& v : pending)
        expected.append(v.registration.id);
    QList<qint64> ticked = m->checkedIds(CertificateStatus::Pending);
    std::sort(ticked.begin(), ticked.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(ticked, expected);

    // Yes to the whole; every certificate with failed checks is asked about on this thread (those
    // read before the worker starts, the others after it) and refused; the rest go to the worker.
    m_prompter.answerNext(true);
    for (int i = 0; i < failing.size(); ++i)
        m_prompter.answerNext(false);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_TRUE(page->isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    EXPECT_EQ(m_prompter.messages().size(), 2 + failing.size());
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    EXPECT_TRUE(m_prompter.lastText().startsWith(QStringLiteral("Approved %1 certificate").arg(clean.size())))
        << m_prompter.lastText().toStdString();
    for (qint64 id : clean)
        EXPECT_EQ(stored(id).status, CertificateStatus::Approved);
    for (qint64 id : failing)
        EXPECT_EQ(stored(id).status, CertificateStatus::Pending);
    EXPECT_EQ(m->checkedCount(), failing.size()) << "those left pending stay ticked";

    // A click on a fully ticked list clears every tick, read or not.
    EXPECT_EQ(all->checkState(), Qt::Checked);
    QTest::mouseClick(all, Qt::LeftButton);
    EXPECT_EQ(m->checkedCount(), 0);
}

TEST_F(GuiCertificates, RefusalsSayWhoDecidedFirst)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    const QList<qint64> clean = pendingRows(page, false);
    ASSERT_GE(clean.size(), 2);
    tick(page, clean.at(0));
    tick(page, clean.at(1));
    // Meanwhile another officer of the unit approves one of them from another computer.
    services::ServiceContext other{m_store->db(), *m_clock, context().actor, {}};
    other.actor.username = QStringLiteral("canbo2");
    auto first = services::CertificateReview(other).approve({clean.at(1)}, {});
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->decided, QList<qint64>{clean.at(1)});

    m_prompter.answerNext(true);
    QTest::mouseClick(button(page, "approvePushButton"), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    const QString text = m_prompter.lastText();
    EXPECT_TRUE(text.contains(QStringLiteral("Approved 1 certificate"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("could not be decided"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("already approved by canbo2 on 20/11/2026"))) << text.toStdString();
    EXPECT_EQ(stored(clean.at(1)).decidedBy, QStringLiteral("canbo2"));
    EXPECT_EQ(stored(clean.at(0)).decidedBy, QStringLiteral("canbo1"));
}

TEST_F(GuiCertificates, FiltersByKindAndSchoolWithoutAccents)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->setFilter(std::nullopt, CertificateKind::Signer));
    CertificateTableModel* m = page->model();
    ASSERT_GT(m->rowCount(), 0);
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_EQ(m->certificateAt(r)->registration.kind, CertificateKind::Signer);

    ASSERT_TRUE(page->setFilter(std::nullopt));
    const int all = m->rowCount();
    const QString name = m->certificateAt(0)->schoolName; // "Trường Tiểu học ..."
    const QString code = m->certificateAt(0)->schoolCode;
    // The last word of the name, typed without its accents, as an officer types it.
    const QString typed = text::fold(name).section(QLatin1Char(' '), -1);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("schoolLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, typed.toUpper());
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_GT(m->rowCount(), 0);
    EXPECT_LT(m->rowCount(), all);
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_TRUE(text::fold(m->certificateAt(r)->schoolName).contains(typed)) << typed.toStdString();

    ASSERT_TRUE(page->setFilter(std::nullopt, std::nullopt, code.toLower()));
    ASSERT_GT(m->rowCount(), 0);
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_EQ(m->certificateAt(r)->schoolCode, code);
    ASSERT_TRUE(page->setFilter(std::nullopt, std::nullopt, QStringLiteral("zzz khong co truong nay")));
    EXPECT_EQ(m->rowCount(), 0);
    EXPECT_TRUE(page->findChild<QWidget*>(QStringLiteral("emptyLabel"))->isVisible());
}

TEST_F(GuiCertificates, EveryPageGetsTheMainWindowsPrompter)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword)));
    ui::MainWindow* main = m_controller->mainWindow();
    ASSERT_EQ(main->tabWidget()->count(), 6); // the to-do list and 6.1-6.5
    for (int i = 0; i < main->tabWidget()->count(); ++i) {
        auto* page = qobject_cast<ui::Page*>(main->tabWidget()->widget(i));
        ASSERT_NE(page, nullptr);
        // Asserted first: a page without it would block on a real message box below.
        ASSERT_EQ(page->givenPrompter(), &m_prompter) << ui::Page::title(page->pageId()).toStdString();
    }
    auto* certificates = qobject_cast<ui::CertificateReviewPage*>(main->page(ui::PageId::CertificateReview));
    auto* revocations = qobject_cast<ui::RevocationReviewPage*>(main->page(ui::PageId::RevocationReview));
    ASSERT_NE(certificates, nullptr);
    ASSERT_NE(revocations, nullptr);
    // Nothing ticked: each page says so through the prompter it was given, not a message box.
    certificates->approveTicked();
    revocations->approveTicked();
    ASSERT_EQ(m_prompter.messages().size(), 2);
    for (const ScriptedPrompter::Message& m : m_prompter.messages())
        EXPECT_EQ(m.kind, QStringLiteral("refuse"));
}

TEST_F(GuiCertificates, AdministratorsAddTrustAnchorsOthersOnlyReadThem)
{
    const QString path = writeRoot(QStringLiteral("Gốc thử nghiệm Sở GD&ĐT"));
    ui::CertificateReviewPage* page = openPage(QStringLiteral("admin"));
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    QTest::mouseClick(button(page, "trustPushButton"), Qt::LeftButton);
    ui::TrustAnchorsDialog* dialog = page->trustAnchorsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto anchors = services::TrustStoreService(context()).anchors();
    ASSERT_TRUE(anchors.ok());
    EXPECT_EQ(dialog->rowCount(), anchors->size());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("anchorsTableWidget"));
    const int vgca = dialog->rowOf(anchors->first().sha256);
    ASSERT_GE(vgca, 0);
    EXPECT_EQ(table->item(vgca, ui::TrustAnchorsDialog::FamilyColumn)->text(),
              ui::CertificateDetailView::familyLabel(anchors->first().family));

    auto* add = button(dialog, "addPushButton");
    ASSERT_TRUE(add->isEnabled());
    ASSERT_TRUE(dialog->chooseFamily(QStringLiteral("test")));
    dialog->setFileChooser([&](const QString&, const QString&) { return path; });
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform")) << m_prompter.lastText().toStdString();
    EXPECT_EQ(dialog->rowCount(), anchors->size() + 1);
    const int row = dialog->rowOf(m_rootSha256);
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->item(row, ui::TrustAnchorsDialog::NameColumn)->text(), QStringLiteral("Gốc thử nghiệm Sở GD&ĐT"));
    EXPECT_EQ(table->item(row, ui::TrustAnchorsDialog::FamilyColumn)->text(),
              ui::CertificateDetailView::familyLabel(QStringLiteral("test")));
    EXPECT_EQ(services::TrustStoreService(context()).anchors()->size(), anchors->size() + 1);
    // The same file again is refused, saying why.
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("already"))) << m_prompter.lastText().toStdString();
}

// The demo's CAs are stand-ins for the real ones: the trust list calls them test roots, and a chain
// to one is never shown as a plain pass, in the list, in the checks or in the verdict.
TEST_F(GuiCertificates, AChainToTheDemosTestRootIsNeverAPlainPass)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    CertificateTableModel* model = page->model();
    const services::CertificateView* demo = nullptr;
    for (int r = 0; r < model->rowCount() && !demo; ++r) {
        const services::CertificateView* v = model->certificateAt(r);
        if (!v->checks.isEmpty() && v->checks.constFirst().severity == crypto::Check::Pass && !v->hasFailedCheck())
            demo = v;
    }
    ASSERT_NE(demo, nullptr) << "the demo has certificates whose chain check passes";
    EXPECT_TRUE(demo->testRoot);
    ASSERT_FALSE(demo->chainNames.isEmpty());
    const QString root = demo->chainNames.constLast();
    EXPECT_TRUE(root.startsWith(QStringLiteral("Demo "))) << root.toStdString();

    // The chain check passes, names the test root and says what it is.
    const crypto::Check& chain = demo->checks.constFirst();
    ASSERT_EQ(chain.name, QStringLiteral("chain"));
    EXPECT_TRUE(chain.testRoot);
    EXPECT_TRUE(chain.detail.contains(root)) << chain.detail.toStdString();
    EXPECT_TRUE(chain.detail.contains(QStringLiteral("test root"))) << chain.detail.toStdString();
    EXPECT_EQ(CertificateTableModel::checkResultText(chain), CertificateTableModel::testRootPassText());
    EXPECT_NE(CertificateTableModel::checkResultText(chain), CertificateTableModel::severityText(crypto::Check::Pass));

    // The list: never a plain "Pass"; its tooltip says why.
    const QModelIndex listed =
        model->index(model->rowOfCertificate(demo->registration.id), CertificateTableModel::ChecksColumn);
    EXPECT_NE(listed.data().toString(), CertificateTableModel::severityText(crypto::Check::Pass));
    EXPECT_TRUE(listed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("test root")));

    // The detail pane: the verdict names the test root, the check and the chain mark it.
    ASSERT_TRUE(page->selectCertificate(demo->registration.id));
    const QString text = page->detailView()->toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("Every check passes."))) << text.toStdString();
    EXPECT_TRUE(text.contains(CertificateTableModel::testRootPassText())) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the test root \"%1\"").arg(root))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(test root)")));

    // The trust list: each demo CA is a test root or a test intermediate, in words.
    page->openTrustAnchors();
    ui::TrustAnchorsDialog* dialog = page->trustAnchorsDialog();
    ASSERT_NE(dialog, nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("anchorsTableWidget"));
    auto anchors = services::TrustStoreService(context()).anchors();
    ASSERT_TRUE(anchors.ok());
    int testRoots = 0;
    for (const TrustAnchorRow& a : std::as_const(*anchors)) {
        const int r = dialog->rowOf(a.sha256);
        ASSERT_GE(r, 0);
        const QString type = table->item(r, ui::TrustAnchorsDialog::TypeColumn)->text();
        if (!a.subject.contains(QStringLiteral("(demo)")) && a.family != QLatin1String("test")) {
            EXPECT_EQ(type, a.isRoot ? QStringLiteral("Root") : QStringLiteral("Intermediate"))
                << a.subject.toStdString();
            continue;
        }
        EXPECT_EQ(type, a.isRoot ? QStringLiteral("Test root") : QStringLiteral("Test intermediate"))
            << a.subject.toStdString();
        testRoots += a.isRoot ? 1 : 0;
        if (a.isRoot && a.subject.contains(root)) {
            table->setCurrentCell(r, ui::TrustAnchorsDialog::NameColumn);
            const QString detail = dialog->findChild<QLabel*>(QStringLiteral("detailLabel"))->text();
            EXPECT_TRUE(detail.contains(QStringLiteral("Test root:"))) << detail.toStdString();
        }
    }
    EXPECT_GE(testRoots, 2) << "the demo's two roots";
}

// Serials, distinguished names and fingerprints wait in a collapsed "Technical details" section:
// closed at sign-in, opened from the keyboard, and left open for the next certificate.
TEST_F(GuiCertificates, TechnicalDetailsAreCollapsedUntilOpenedAndStayOpen)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    CertificateTableModel* model = page->model();
    ASSERT_GE(model->rowCount(), 2);
    const services::CertificateView* first = model->certificateAt(0);
    const services::CertificateView* second = model->certificateAt(1);
    ASSERT_TRUE(page->selectCertificate(first->registration.id));
    ui::CertificateDetailView* pane = page->detailView();
    QToolButton* toggle = pane->technicalDetailsButton();
    ASSERT_NE(toggle, nullptr);
    EXPECT_TRUE(toggle->isVisible());
    EXPECT_TRUE(toggle->isCheckable());
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_EQ(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Technical details"));
    QString text = pane->toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("Technical details")));
    EXPECT_FALSE(text.contains(first->certificate.serialHex())) << text.toStdString();
    EXPECT_FALSE(text.contains(first->certificate.subject()));
    EXPECT_FALSE(text.contains(QStringLiteral("#%1").arg(first->registration.id)));

    // The keyboard opens it: Space on the focused button.
    toggle->setFocus(Qt::TabFocusReason);
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(toggle->isChecked());
    text = pane->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Technical details")));
    EXPECT_TRUE(text.contains(first->certificate.serialHex())) << text.toStdString();
    EXPECT_TRUE(text.contains(first->certificate.subject()));

    // Another certificate keeps it open.
    ASSERT_TRUE(page->selectCertificate(second->registration.id));
    EXPECT_TRUE(pane->technicalDetailsShown());
    EXPECT_TRUE(pane->toPlainText().contains(second->certificate.serialHex()));
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_FALSE(pane->technicalDetailsShown());
    EXPECT_FALSE(pane->toPlainText().contains(second->certificate.serialHex()));
}

// A root an administrator adds for a real family is not a test root; one of the family "test" is.
TEST_F(GuiCertificates, OnlyTestAndDemoAnchorsAreTestRoots)
{
    TrustAnchorRow real;
    real.family = QStringLiteral("vgca");
    real.subject = QStringLiteral("CN=RootCA chuyên dùng Chính phủ, O=Ban Cơ yếu Chính phủ, C=VN");
    EXPECT_FALSE(services::TrustStoreService::isTestAnchor(real));
    TrustAnchorRow test = real;
    test.family = QStringLiteral("test");
    EXPECT_TRUE(services::TrustStoreService::isTestAnchor(test));
    TrustAnchorRow demo = real;
    demo.subject = QStringLiteral("CN=Demo RootCA chuyên dùng Chính phủ, O=Ban Cơ yếu Chính phủ (demo), C=VN");
    EXPECT_TRUE(services::TrustStoreService::isTestAnchor(demo));
}

TEST_F(GuiCertificates, OfficersReadTheTrustStoreAndViewersAreRefused)
{
    const QString path = writeRoot(QStringLiteral("Gốc lạ"));
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr);
    page->openTrustAnchors();
    ui::TrustAnchorsDialog* dialog = page->trustAnchorsDialog();
    ASSERT_NE(dialog, nullptr);
    const int before = dialog->rowCount();
    EXPECT_GT(before, 0);
    EXPECT_FALSE(button(dialog, "addPushButton")->isEnabled());
    EXPECT_TRUE(dialog->findChild<QWidget*>(QStringLiteral("permissionLabel"))->isVisible());
    // Forced past the disabled button, the service still refuses.
    EXPECT_FALSE(dialog->addFile(path));
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("administrator"))) << m_prompter.lastText().toStdString();
    EXPECT_EQ(services::TrustStoreService(m_store->context()).anchors()->size(), before);
    dialog->reject();

    m_controller->mainWindow()->signOutAction()->trigger();
    flushDeletes();
    ASSERT_TRUE(signInAs(QStringLiteral("xem1"), QString::fromLatin1(kDemoPassword))) << loginMessage().toStdString();
    ui::MainWindow* main = m_controller->mainWindow();
    EXPECT_EQ(main->page(ui::PageId::CertificateReview), nullptr) << "viewers never see 6.1";
    m_prompter.clear();
    main->trustAnchorsAction()->trigger();
    EXPECT_EQ(main->trustAnchorsDialog(), nullptr);
    ASSERT_EQ(m_prompter.messages().size(), 1);
    EXPECT_EQ(m_prompter.messages().first().kind, QStringLiteral("refuse"));
    auto refused = services::CertificateReview(context()).approve({1}, {});
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->refused.size(), 1);
    EXPECT_EQ(refused->refused.first().why, services::CertificateRefusal::Why::NotAllowed);
}

// Issue #18: "Check revocation now" asks the CAs on a worker thread and says what it found. The
// demo's certificates name no distribution point or responder, so nothing is fetched: every pending
// and approved certificate is checked and none is revoked.
TEST_F(GuiCertificates, CheckRevocationNowRunsInTheBackgroundAndReports)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    QPushButton* check = button(page, "checkRevocationPushButton");
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->isEnabled());
    auto counts = services::CertificateReview(context()).countsByStatus({});
    ASSERT_TRUE(counts.ok());
    const qint64 expected = counts->value(CertificateStatus::Pending) + counts->value(CertificateStatus::Approved);
    ASSERT_GT(expected, 0);
    m_prompter.clear();
    QTest::mouseClick(check, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_prompter.messages().isEmpty(); }, 20000));
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("inform"));
    const QString text = m_prompter.lastText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("%1 certificates checked").arg(expected))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("None is revoked"))) << text.toStdString();
    EXPECT_TRUE(check->isEnabled()) << "ready again once the work is done";
}

// Issue #18: a certificate the unit approved and its CA revoked later. The quiet check behind the
// window (as at sign-in and every few hours) fetches the CA's CRL from a loopback server, asks
// nothing of the person, and 6.1 then shows a banner whose link lists what the CA revoked.
TEST_F(GuiCertificates, AnApprovedCertificateItsCaRevokesIsBannedAndListed)
{
    ui::CertificateReviewPage* page = openPage();
    ASSERT_NE(page, nullptr) << loginMessage().toStdString();
    page->setRevocationStartDelay(-1); // this test asks when it is ready
    const QDateTime now = m_clock->now();

    // A CA of our own, trusted as the Government CA, whose CRL the loopback server serves once the
    // CA has revoked the seal.
    const TestAuthority rootCa = TestAuthority::make(QStringLiteral("Test VGCA Root G"));
    const TestAuthority subCa = TestAuthority::make(QStringLiteral("Test VGCA Sub G"), &rootCa);
    const crypto::Certificate& root = rootCa.cert;
    const crypto::Certificate& sub = subCa.cert;
    const crypto::PrivateKey& subKey = subCa.key;
    ASSERT_TRUE(services::TrustStoreService(m_store->context()).addAnchors({sub, root}, QStringLiteral("vgca")).ok());

    bool revokedByCa = false;
    crypto::Certificate seal;
    test::LoopbackHttpServer server([&](const test::LoopbackHttpServer::Request& r) {
        test::LoopbackHttpServer::Response response;
        if (r.path != "/sub.crl" || !revokedByCa) {
            response.status = 404;
            return response;
        }
        crypto::CrlBuilder b;
        b.setIssuer(sub, subKey).setThisUpdate(now.addDays(-1)).setNextUpdate(now.addDays(7));
        b.addRevoked(seal, now.addSecs(-3600), QStringLiteral("keyCompromise"));
        response.body = b.build().value();
        return response;
    });
    ASSERT_TRUE(server.isListening());

    // The seal of a public school of the officer's unit, registered and approved.
    QSqlQuery q(m_store->db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT s.code, s.name FROM schools s JOIN users u ON u.unit_id = s.unit_id "
                              "WHERE u.username = 'canbo1' AND s.ownership = 'public' ORDER BY s.code LIMIT 1")) &&
        q.next());
    const QString code = q.value(0).toString();
    const QString name = q.value(1).toString();
    seal = crypto::CertificateBuilder()
               .setSubject({{"CN", name}, {"O", name}, {"C", QStringLiteral("VN")}})
               .setValidity(now.addDays(-30), now.addDays(700))
               .setKeyUsage(crypto::KeyUsageFlag::DigitalSignature | crypto::KeyUsageFlag::NonRepudiation)
               .setCrlDistributionPoints({server.url(QStringLiteral("/sub.crl")).toString()})
               .setPublicKey(crypto::PrivateKey::generateEc())
               .sign(subKey, &sub)
               .value();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile pem(dir.filePath(QStringLiteral("seal.pem")));
    ASSERT_TRUE(pem.open(QIODevice::WriteOnly));
    pem.write(seal.toPem());
    pem.close();
    services::CertificateImport request;
    request.schoolCode = code;
    request.path = pem.fileName();
    auto imported = services::CertificateReview(m_store->context()).importFile(request);
    ASSERT_TRUE(imported.ok()) << imported.errorString().toStdString();
    auto approved = services::CertificateReview(context()).approve({imported->id}, [](const QString&) { return true; });
    ASSERT_TRUE(approved.ok() && approved->decided == QList<qint64>{imported->id});
    page->refresh();
    QLabel* banner = page->findChild<QLabel*>(QStringLiteral("caRevokedBannerLabel"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());

    // The CA revokes it; the quiet check learns it without a word to the person.
    revokedByCa = true;
    m_prompter.clear();
    QSignalSpy checked(page, &ui::CertificateReviewPage::revocationChecked);
    page->checkRevocationInBackground();
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(checked.first().at(0).toInt(), 1) << "one certificate revoked";
    EXPECT_TRUE(m_prompter.messages().isEmpty()) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("1 approved certificate"))) << banner->text().toStdString();
    auto* status = page->findChild<QLabel*>(QStringLiteral("revocationStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Revocation checked"))) << status->text().toStdString();

    // The banner's link lists what the CA revoked, marked as such.
    ASSERT_TRUE(page->showCaRevoked());
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->certificateAt(0)->registration.id, imported->id);
    const QString shown = page->model()->index(0, CertificateTableModel::StatusColumn).data(Qt::DisplayRole).toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("revoked by the CA"))) << shown.toStdString();
    const QString tip = page->model()->index(0, CertificateTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("cannot send records"))) << tip.toStdString();
    EXPECT_FALSE(banner->text().contains(QStringLiteral("href"))) << "no link to the list already shown";
}

} // namespace
} // namespace hocbaso::test
