#include "TrustAnchorsDialog.h"

#include "Palette.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "StandardButtons.h"
#include "core/DisplayDates.h"
#include "services/AuthService.h"
#include "services/TrustStoreService.h"
#include "ui_TrustAnchorsDialog.h"
#include "widgets/CertificateDetailView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

namespace hocbaso::ui {
namespace {

QString shownName(const TrustAnchorRow& a, const crypto::Certificate& c)
{
    const QString cn = c.isNull() ? QString() : c.subjectField(QStringLiteral("CN"));
    return cn.isEmpty() ? a.subject : cn;
}

} // namespace

TrustAnchorsDialog::TrustAnchorsDialog(services::ServiceContext& context, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_context(context), m_prompter(prompter), m_ui(std::make_unique<Ui::TrustAnchorsDialog>())
{
    m_ui->setupUi(this);
    m_admin = services::permissions::canAdminister(m_context.actor).ok();
    QTableWidget* table = m_ui->anchorsTableWidget;
    table->setColumnCount(ColumnCount);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrustAnchorsDialog::showDetail);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &TrustAnchorsDialog::addFromFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Reading is for everyone who reviews certificates; adding for administrators, whom the
    // service checks again.
    m_ui->addPushButton->setEnabled(m_admin);
    m_ui->familyComboBox->setEnabled(m_admin);
    m_ui->permissionLabel->setVisible(!m_admin);
    resizeWithinScreen(this, QSize(1040, 560));
    retranslate();
    refresh();
}

TrustAnchorsDialog::~TrustAnchorsDialog() = default;

int TrustAnchorsDialog::rowCount() const
{
    return m_ui->anchorsTableWidget->rowCount();
}

int TrustAnchorsDialog::rowOf(const QString& sha256) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).anchor.sha256 == sha256)
            return i;
    }
    return -1;
}

QString TrustAnchorsDialog::chosenFamily() const
{
    return m_ui->familyComboBox->currentData().toString();
}

bool TrustAnchorsDialog::chooseFamily(const QString& family)
{
    const int i = m_ui->familyComboBox->findData(family);
    if (i < 0)
        return false;
    m_ui->familyComboBox->setCurrentIndex(i);
    return true;
}

void TrustAnchorsDialog::refresh()
{
    const int keep = m_ui->anchorsTableWidget->currentRow();
    const QString keepSha = keep >= 0 && keep < m_rows.size() ? m_rows.at(keep).anchor.sha256 : QString();
    auto anchors = services::TrustStoreService(m_context).anchors();
    m_rows.clear();
    if (!anchors) {
        fillTable();
        m_prompter.refuse(this, windowTitle(), anchors.errorString());
        return;
    }
    // Roots first, each family together, as a person reads a trust store.
    QList<TrustAnchorRow> sorted = *anchors;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TrustAnchorRow& a, const TrustAnchorRow& b) {
        const QStringList order = services::TrustStoreService::families();
        const auto rank = [&order](const QString& f) {
            const qsizetype i = order.indexOf(f);
            return i < 0 ? order.size() : i;
        };
        if (rank(a.family) != rank(b.family))
            return rank(a.family) < rank(b.family);
        return a.isRoot && !b.isRoot;
    });
    for (const TrustAnchorRow& a : std::as_const(sorted)) {
        auto cert = crypto::Certificate::fromDer(a.der);
        m_rows.append({a, cert ? *cert : crypto::Certificate()});
    }
    fillTable();
    const int row = keepSha.isEmpty() ? 0 : std::max(0, rowOf(keepSha));
    if (row < m_rows.size())
        m_ui->anchorsTableWidget->setCurrentCell(row, NameColumn);
    showDetail();
}

void TrustAnchorsDialog::fillTable()
{
    QTableWidget* table = m_ui->anchorsTableWidget;
    table->setRowCount(int(m_rows.size()));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_rows.size(); ++i) {
        const TrustAnchorRow& a = m_rows.at(i).anchor;
        const crypto::Certificate& c = m_rows.at(i).certificate;
        auto set = [&](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            if (!tip.isEmpty())
                item->setToolTip(tip);
            table->setItem(i, column, item);
            return item;
        };
        set(FamilyColumn, CertificateDetailView::familyLabel(a.family), a.family);
        // In words, not in colour: a test root must not pass for a real CA.
        if (services::TrustStoreService::isTestAnchor(a))
            set(TypeColumn, a.isRoot ? tr("Test root") : tr("Test intermediate"),
                tr("For rehearsals and tests: a certificate that chains to it is not a real school's."));
        else
            set(TypeColumn, a.isRoot ? tr("Root") : tr("Intermediate"));
        set(NameColumn, shownName(a, c), a.subject);
        set(ValidFromColumn, c.isNull() ? QString() : text::dayText(c.notBefore()));
        QTableWidgetItem* to = set(ValidToColumn, c.isNull() ? QString() : text::dayText(c.notAfter()));
        if (!c.isNull() && c.notAfter() < m_context.clock.now())
            to->setForeground(Palette::checkFailed());
        // The first and last bytes tell anchors apart at a glance; the full value is below the table.
        const QString fp = CertificateDetailView::fingerprintText(a.sha256).remove(QLatin1Char('\n'));
        set(FingerprintColumn, fp.left(11) + QStringLiteral("\u2026") + fp.right(11), fp)->setFont(mono);
        set(AddedColumn, tr("%1, %2").arg(a.addedBy, text::dayText(a.addedAt)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (m_rows.isEmpty())
        m_ui->detailLabel->setText(tr("The trust store is empty: no school certificate can pass the chain check."));
}

void TrustAnchorsDialog::showDetail()
{
    const int row = m_ui->anchorsTableWidget->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        if (!m_rows.isEmpty())
            m_ui->detailLabel->setText(tr("Choose a certificate in the list to see its full name and fingerprint."));
        return;
    }
    const TrustAnchorRow& a = m_rows.at(row).anchor;
    const crypto::Certificate& c = m_rows.at(row).certificate;
    QStringList lines;
    lines.append(tr("Subject: %1").arg(a.subject));
    if (!c.isNull()) {
        lines.append(tr("Issuer: %1").arg(c.issuer()));
        lines.append(tr("Valid from %1 to %2; key %3")
                         .arg(text::dayText(c.notBefore()), text::dayText(c.notAfter()), c.keyDescription()));
    }
    lines.append(tr("Family: %1 (%2)").arg(CertificateDetailView::familyLabel(a.family), a.family));
    if (services::TrustStoreService::isTestAnchor(a))
        lines.append(a.isRoot ? tr("Test root: for rehearsals and tests, not a real certification authority.")
                              : tr("Test intermediate: for rehearsals and tests, not a real certification authority."));
    lines.append(
        tr("SHA-256: %1")
            .arg(CertificateDetailView::fingerprintText(a.sha256).replace(QLatin1Char('\n'), QLatin1Char(':'))));
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

void TrustAnchorsDialog::addFromFile()
{
    if (!m_admin) {
        // The button is disabled; a shortcut or a script still gets the service's reason.
        addFile(QString());
        return;
    }
    const QString caption = tr("Add trusted CA certificates");
    const QString filter = tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)");
    const QString path =
        m_fileChooser ? m_fileChooser(caption, filter) : QFileDialog::getOpenFileName(this, caption, QString(), filter);
    if (path.isEmpty())
        return;
    addFile(path);
}

bool TrustAnchorsDialog::addFile(const QString& path)
{
    const QString caption = tr("Add trusted CA certificates");
    services::TrustStoreService trust(m_context);
    auto added = trust.addAnchorsFromFile(path, chosenFamily());
    if (!added) {
        m_prompter.refuse(this, caption, added.errorString());
        return false;
    }
    refresh();
    QStringList lines;
    lines.append(tr("Added %n certificate(s) to the trust store:", "", int(added->added.size())));
    for (const TrustAnchorRow& a : std::as_const(added->added)) {
        const int row = rowOf(a.sha256);
        const crypto::Certificate cert = row >= 0 ? m_rows.at(row).certificate : crypto::Certificate();
        lines.append(QStringLiteral("\u2022 %1 (%2, %3)")
                         .arg(shownName(a, cert), a.isRoot ? tr("root") : tr("intermediate"),
                              CertificateDetailView::familyLabel(a.family)));
    }
    if (!added->alreadyPresent.isEmpty())
        lines.append(
            tr("Already trusted, left as they were: %1").arg(added->alreadyPresent.join(QStringLiteral("; "))));
    if (!added->added.isEmpty())
        m_ui->anchorsTableWidget->setCurrentCell(std::max(0, rowOf(added->added.first().sha256)), NameColumn);
    m_prompter.inform(this, caption, lines.join(QLatin1Char('\n')));
    return true;
}

void TrustAnchorsDialog::fillFamilies()
{
    const QString keep = m_ui->familyComboBox->currentData().toString();
    m_ui->familyComboBox->clear();
    m_ui->familyComboBox->addItem(tr("Automatic: an intermediate takes its root's family"), QString());
    for (const QString& f : services::TrustStoreService::families())
        m_ui->familyComboBox->addItem(CertificateDetailView::familyLabel(f), f);
    m_ui->familyComboBox->setCurrentIndex(std::max(0, m_ui->familyComboBox->findData(keep)));
}

void TrustAnchorsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    m_ui->anchorsTableWidget->setHorizontalHeaderLabels(
        {tr("Family"), tr("Type"), tr("Name"), tr("Valid from"), tr("Valid to"), tr("SHA-256"), tr("Added")});
    m_ui->permissionLabel->setText(tr("Only an administrator can add certificates to the trust store."));
    m_ui->addPushButton->setToolTip(m_admin ? tr("Add the CA certificates of a PEM, DER, .cer or .p7b file")
                                            : m_ui->permissionLabel->text());
    fillFamilies();
    if (!m_rows.isEmpty()) {
        fillTable();
        showDetail();
    }
}

void TrustAnchorsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
