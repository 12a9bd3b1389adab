// A store made before schema 28 is packed behind the window (issue 22): the window starts it by
// itself after the daily copy, the person goes on working, and every version's content is the same
// afterwards, byte for byte. A sign-out stops it; the next session goes on from where it stopped.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "SessionController.h"
#include "store/RecordContentCodec.h"

#include <QHash>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>

namespace hocbaso::test {
namespace {

using store::RecordContentCodec;

class GuiPacking : public GuiDemoTest
{
protected:
    void SetUp() override
    {
        setUpDemo(QStringLiteral("vi"), 2, 60);
        if (HasFatalFailure())
            return;
        // Back to what schema 27 wrote: content as text, and the packing yet to start.
        QSqlQuery q(m_store->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, content FROM record_versions")));
        while (q.next())
            m_contents.insert(q.value(0).toLongLong(), RecordContentCodec::contentOf(q.value(1)));
        q.finish();
        ASSERT_GT(m_contents.size(), 50);
        ASSERT_TRUE(m_store->db().connection().transaction());
        QSqlQuery u(m_store->db().connection());
        ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE record_versions SET content = ? WHERE id = ?")));
        for (auto it = m_contents.cbegin(); it != m_contents.cend(); ++it) {
            u.addBindValue(QString::fromUtf8(it.value()));
            u.addBindValue(it.key());
            ASSERT_TRUE(u.exec());
        }
        ASSERT_TRUE(u.exec(QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'content_packing'")));
        ASSERT_TRUE(m_store->db().connection().commit());
        ASSERT_EQ(textVersions(), m_contents.size());
    }

    ui::MainWindow* main() const { return m_controller->mainWindow(); }

    qint64 textVersions()
    {
        QSqlQuery q(m_store->db().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM record_versions WHERE typeof(content) = 'text'")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    QHash<qint64, QByteArray> contentsNow()
    {
        QHash<qint64, QByteArray> out;
        QSqlQuery q(m_store->db().connection());
        if (q.exec(QStringLiteral("SELECT id, content FROM record_versions"))) {
            while (q.next())
                out.insert(q.value(0).toLongLong(), RecordContentCodec::contentOf(q.value(1)));
        }
        return out;
    }

    QHash<qint64, QByteArray> m_contents;
};

TEST_F(GuiPacking, TheWindowPacksAnOldStoreByItselfAfterTheDailyCopy)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    EXPECT_EQ(textVersions(), m_contents.size()) << "nothing is packed during the sign-in itself";
    QSignalSpy packed(main(), &ui::MainWindow::contentPackingFinished);
    main()->makeDailyBackup();
    ASSERT_TRUE(packed.wait(60000));
    EXPECT_EQ(textVersions(), 0);
    EXPECT_EQ(contentsNow(), m_contents) << "every version's content, byte for byte";
    auto* label = main()->findChild<QLabel*>(QStringLiteral("packingLabel"));
    ASSERT_TRUE(label);
    EXPECT_FALSE(label->isVisible()) << "the status bar says nothing once it is done";
    EXPECT_TRUE(m_controller->isSignedIn());
    // Done: a later session has nothing to pack and starts nothing.
    QSignalSpy again(main(), &ui::MainWindow::contentPackingFinished);
    main()->startContentPacking();
    EXPECT_FALSE(again.wait(300));
}

TEST_F(GuiPacking, ASignOutStopsItAndTheNextSessionGoesOn)
{
    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    QSignalSpy packed(main(), &ui::MainWindow::contentPackingFinished);
    main()->startContentPacking();
    // Signing out at once: the packing stops after its batch in hand (or had already finished).
    main()->signOutAction()->trigger();
    ASSERT_TRUE(packed.count() == 1 || packed.wait(60000));
    EXPECT_EQ(contentsNow(), m_contents);

    ASSERT_TRUE(signInToDemo(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    if (textVersions() > 0) {
        main()->startContentPacking();
        ASSERT_TRUE(packed.wait(60000));
    }
    EXPECT_EQ(textVersions(), 0);
    EXPECT_EQ(contentsNow(), m_contents);
}

} // namespace
} // namespace hocbaso::test
