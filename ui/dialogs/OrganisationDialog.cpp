#include "OrganisationDialog.h"

#include "AddUserDialog.h"
#include "OrganisationForms.h"
#include "Palette.h"
#include "Prompter.h"
#include "SchoolImportDialog.h"
#include "ScreenFit.h"
#include "services/UnitAdmin.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hocbaso::ui {
namespace {

// Expanding every unit of a province of 10,000 schools makes a list nobody reads; the communes
// stay folded then, and the filter opens what matches.
constexpr int kExpandAllUpTo = 400;

} // namespace

OrganisationDialog::OrganisationDialog(Session& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    auto* layout = new QVBoxLayout(this);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; color: %1; border: 1px solid #c5d7ee; "
                                              "border-radius: 4px; padding: 8px 10px; }")
                                   .arg(Palette::heading().name()));
    m_hintLabel->hide();
    layout->addWidget(m_hintLabel);

    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterLineEdit);

    auto* body = new QHBoxLayout;
    m_model = new OrganisationModel(this);
    m_filter = new OrganisationFilter(this);
    m_filter->setSourceModel(m_model);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("organisationTreeView"));
    m_treeView->setModel(m_filter);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(OrganisationModel::NameColumn, QHeaderView::Stretch);
    body->addWidget(m_treeView, 1);

    auto* side = new QVBoxLayout;
    const auto button = [this, side](const char* name, void (OrganisationDialog::*slot)()) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        side->addWidget(b);
        return b;
    };
    m_addUnitButton = button("addUnitPushButton", &OrganisationDialog::addUnit);
    m_addSchoolButton = button("addSchoolPushButton", &OrganisationDialog::addSchool);
    m_editButton = button("editPushButton", &OrganisationDialog::editSelected);
    m_moveButton = button("movePushButton", &OrganisationDialog::moveSelected);
    m_closeButton = button("closePushButton", &OrganisationDialog::closeSelected);
    side->addSpacing(12);
    m_accountButton = button("addAccountPushButton", &OrganisationDialog::addAccount);
    side->addSpacing(12);
    m_importButton = button("importPushButton", &OrganisationDialog::importSchools);
    side->addStretch(1);
    body->addLayout(side);
    layout->addLayout(body, 1);

    auto* bottom = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    bottom->addWidget(m_countLabel, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_doneButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        if (!text.trimmed().isEmpty())
            m_treeView->expandAll();
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganisationDialog::updateButtons);
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        // Enter or a double click on a school edits it; on a unit it folds or unfolds, as trees do.
        if (auto n = m_model->nodeAt(m_filter->mapToSource(index)); n && n->kind == OrganisationModel::NodeKind::School)
            editSelected();
    });

    resizeWithinScreen(this, QSize(1000, 620));
    retranslate();
    refresh();
    m_treeView->setFocus();
}

OrganisationDialog::~OrganisationDialog() = default;

void OrganisationDialog::refresh()
{
    const std::optional<OrganisationModel::Node> keep = currentNode();
    services::UnitAdmin admin(m_session.context());
    auto units = admin.units();
    if (!units) {
        m_prompter.refuse(this, windowTitle(), units.errorString());
        return;
    }
    auto schools = admin.schools();
    if (!schools) {
        m_prompter.refuse(this, windowTitle(), schools.errorString());
        return;
    }
    m_units.clear();
    m_unitCodes.clear();
    m_schools.clear();
    for (const services::UnitListing& u : *units) {
        m_units.insert(u.unit.code, u.unit);
        m_unitCodes.insert(u.unit.id, u.unit.code);
    }
    for (const School& s : *schools)
        m_schools.insert(s.code, s);
    const services::Actor actor = m_session.actor();
    m_model->setOrganisation(*units, *schools, [&actor](qint64 id) { return actor.covers(id); });
    if (m_model->unitCount() + m_model->schoolCount() <= kExpandAllUpTo)
        m_treeView->expandAll();
    else
        m_treeView->expandToDepth(0);
    m_treeView->resizeColumnToContents(OrganisationModel::CodeColumn);
    m_treeView->resizeColumnToContents(OrganisationModel::KindColumn);
    m_treeView->resizeColumnToContents(OrganisationModel::StateColumn);
    if (keep)
        select(keep->kind == OrganisationModel::NodeKind::Unit ? m_model->indexOfUnit(keep->code)
                                                               : m_model->indexOfSchool(keep->code));
    else if (m_model->rowCount() > 0)
        select(m_model->index(0, 0));
    m_countLabel->setText(tr("%n unit(s), ", "", m_model->unitCount()) +
                          tr("%n school(s)", "", m_model->schoolCount()));
    m_hintLabel->setText(emptyHint());
    m_hintLabel->setVisible(!emptyHint().isEmpty());
    updateButtons();
}

QString OrganisationDialog::emptyHint() const
{
    if (m_model->schoolCount() > 0)
        return {};
    if (m_model->unitCount() == 0)
        return tr("There is no managing unit yet. Start with “Add unit...”: the Sở or the commune this program "
                  "manages.");
    return tr("There is no school yet. Import the list of schools from a CSV or Excel file with “Import school "
              "list...”, or add schools one by one with “Add school...”. Then make the accounts of the unit's "
              "officers with “Add account...”.");
}

std::optional<OrganisationModel::Node> OrganisationDialog::currentNode() const
{
    return m_model->nodeAt(m_filter->mapToSource(m_treeView->currentIndex()));
}

void OrganisationDialog::select(const QModelIndex& sourceIndex)
{
    const QModelIndex index = m_filter->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_treeView->scrollTo(index);
    m_treeView->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool OrganisationDialog::selectUnit(const QString& code)
{
    const QModelIndex i = m_model->indexOfUnit(code);
    select(i);
    return i.isValid();
}

bool OrganisationDialog::selectSchool(const QString& code)
{
    const QModelIndex i = m_model->indexOfSchool(code);
    select(i);
    return i.isValid();
}

void OrganisationDialog::updateButtons()
{
    const auto n = currentNode();
    const bool open = n && !n->closed;
    m_editButton->setEnabled(open);
    m_moveButton->setEnabled(open);
    m_closeButton->setEnabled(open);
    m_accountButton->setEnabled(open);
    m_addSchoolButton->setEnabled(m_model->unitCount() > 0);
    if (n && n->kind == OrganisationModel::NodeKind::School) {
        m_editButton->setText(tr("&Edit school..."));
        m_moveButton->setText(tr("&Move school..."));
        m_closeButton->setText(tr("C&lose school..."));
    } else {
        m_editButton->setText(tr("&Rename unit..."));
        m_moveButton->setText(tr("&Move unit..."));
        m_closeButton->setText(tr("C&lose unit..."));
    }
}

QString OrganisationDialog::unitCodeForNew() const
{
    const auto n = currentNode();
    return n ? m_unitCodes.value(n->unitId) : m_session.unit().code;
}

void OrganisationDialog::openForm(OrganisationForm* form, OrganisationModel::NodeKind kind)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &OrganisationForm::written, this, [this, kind](const QString& code) {
        refresh();
        if (kind == OrganisationModel::NodeKind::Unit)
            selectUnit(code);
        else
            selectSchool(code);
    });
    form->open();
}

void OrganisationDialog::addUnit()
{
    openForm(UnitFormDialog::forNew(m_session.context(), unitCodeForNew(), this), OrganisationModel::NodeKind::Unit);
}

void OrganisationDialog::addSchool()
{
    openForm(SchoolFormDialog::forNew(m_session.context(), unitCodeForNew(), this),
             OrganisationModel::NodeKind::School);
}

void OrganisationDialog::editSelected()
{
    const auto n = currentNode();
    if (!n || n->closed)
        return;
    if (n->kind == OrganisationModel::NodeKind::School)
        openForm(SchoolFormDialog::forEdit(m_session.context(), m_schools.value(n->code), this), n->kind);
    else
        openForm(UnitFormDialog::forRename(m_session.context(), m_units.value(n->code), this), n->kind);
}

void OrganisationDialog::moveSelected()
{
    const auto n = currentNode();
    if (!n || n->closed)
        return;
    QString name, unitCode;
    if (n->kind == OrganisationModel::NodeKind::School) {
        name = m_schools.value(n->code).name;
        unitCode = unitCodeForNew();
    } else {
        const Unit u = m_units.value(n->code);
        name = u.name;
        unitCode = m_unitCodes.value(u.parentId);
    }
    const auto what =
        n->kind == OrganisationModel::NodeKind::School ? MoveDialog::What::School : MoveDialog::What::Unit;
    openForm(new MoveDialog(m_session.context(), what, n->code, name, unitCode, this), n->kind);
}

void OrganisationDialog::closeSelected()
{
    const auto n = currentNode();
    if (!n || n->closed)
        return;
    services::UnitAdmin admin(m_session.context());
    if (n->kind == OrganisationModel::NodeKind::School) {
        const School s = m_schools.value(n->code);
        const QString title = tr("Close school");
        if (!m_prompter.confirm(this, title,
                                tr("Close %1 (%2)? Its records and history are kept and stay searchable, but it "
                                   "can no longer send records or register certificates, and it cannot be opened "
                                   "again.")
                                    .arg(s.name, s.code),
                                tr("Close the school")))
            return;
        if (auto st = admin.closeSchool(s.code); !st)
            m_prompter.refuse(this, title, st.errorString());
    } else {
        const Unit u = m_units.value(n->code);
        const QString title = tr("Close unit");
        if (!m_prompter.confirm(this, title,
                                tr("Close %1 (%2)? Its history is kept, but no school or unit can be added under "
                                   "it, and it cannot be opened again.")
                                    .arg(u.name, u.code),
                                tr("Close the unit")))
            return;
        if (auto st = admin.closeUnit(u.code); !st)
            m_prompter.refuse(this, title, st.errorString());
    }
    refresh();
}

void OrganisationDialog::addAccount()
{
    const auto n = currentNode();
    if (!n || n->closed)
        return;
    auto* dialog = new AddUserDialog(m_session.context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A school's account is the school's own user; a unit's is an officer's, the usual new account.
    if (n->kind == OrganisationModel::NodeKind::School)
        dialog->preselect(Role::School, n->unitId, n->id);
    else
        dialog->preselect(Role::Officer, n->unitId, 0);
    connect(dialog, &AddUserDialog::userAdded, this, [this](const QString& username) {
        m_prompter.inform(this, tr("Add account"), tr("The account %1 was created.").arg(username));
    });
    dialog->open();
}

SchoolImportDialog* OrganisationDialog::importDialog() const
{
    return m_importDialog.data();
}

void OrganisationDialog::importSchools()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    m_importDialog = new SchoolImportDialog(m_session, m_prompter, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &SchoolImportDialog::imported, this, &OrganisationDialog::refresh);
    m_importDialog->open();
}

void OrganisationDialog::retranslate()
{
    setWindowTitle(tr("Units and schools"));
    m_model->retranslate();
    m_filterLineEdit->setPlaceholderText(tr("Filter by name or code (accents optional)"));
    m_addUnitButton->setText(tr("Add &unit..."));
    m_addSchoolButton->setText(tr("Add &school..."));
    m_accountButton->setText(tr("Add &account..."));
    m_accountButton->setToolTip(
        tr("Create the account of an officer of the selected unit, or of the selected school's own user"));
    m_importButton->setText(tr("&Import school list..."));
    m_doneButton->setText(tr("Close"));
    updateButtons();
}

void OrganisationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
