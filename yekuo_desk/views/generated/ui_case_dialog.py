# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(980, 700)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(CaseDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.customerGroup = QGroupBox(CaseDialog)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerGrid = QGridLayout(self.customerGroup)
        self.customerGrid.setObjectName(u"customerGrid")
        self.stationLabel = QLabel(self.customerGroup)
        self.stationLabel.setObjectName(u"stationLabel")

        self.customerGrid.addWidget(self.stationLabel, 0, 0, 1, 1)

        self.stationCombo = QComboBox(self.customerGroup)
        self.stationCombo.setObjectName(u"stationCombo")

        self.customerGrid.addWidget(self.stationCombo, 0, 1, 1, 1)

        self.caseNumberLabel = QLabel(self.customerGroup)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.customerGrid.addWidget(self.caseNumberLabel, 0, 2, 1, 1)

        self.caseNumberEdit = QLineEdit(self.customerGroup)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")

        self.customerGrid.addWidget(self.caseNumberEdit, 0, 3, 1, 1)

        self.customerNameLabel = QLabel(self.customerGroup)
        self.customerNameLabel.setObjectName(u"customerNameLabel")

        self.customerGrid.addWidget(self.customerNameLabel, 1, 0, 1, 1)

        self.customerNameEdit = QLineEdit(self.customerGroup)
        self.customerNameEdit.setObjectName(u"customerNameEdit")

        self.customerGrid.addWidget(self.customerNameEdit, 1, 1, 1, 1)

        self.categoryLabel = QLabel(self.customerGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.customerGrid.addWidget(self.categoryLabel, 1, 2, 1, 1)

        self.categoryCombo = QComboBox(self.customerGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.customerGrid.addWidget(self.categoryCombo, 1, 3, 1, 1)

        self.businessTypeLabel = QLabel(self.customerGroup)
        self.businessTypeLabel.setObjectName(u"businessTypeLabel")

        self.customerGrid.addWidget(self.businessTypeLabel, 2, 0, 1, 1)

        self.businessTypeCombo = QComboBox(self.customerGroup)
        self.businessTypeCombo.setObjectName(u"businessTypeCombo")
        self.businessTypeCombo.setEditable(True)

        self.customerGrid.addWidget(self.businessTypeCombo, 2, 1, 1, 1)

        self.ledgerLabel = QLabel(self.customerGroup)
        self.ledgerLabel.setObjectName(u"ledgerLabel")

        self.customerGrid.addWidget(self.ledgerLabel, 2, 2, 1, 1)

        self.ledgerCombo = QComboBox(self.customerGroup)
        self.ledgerCombo.setObjectName(u"ledgerCombo")

        self.customerGrid.addWidget(self.ledgerCombo, 2, 3, 1, 1)

        self.voltageLabel = QLabel(self.customerGroup)
        self.voltageLabel.setObjectName(u"voltageLabel")

        self.customerGrid.addWidget(self.voltageLabel, 3, 0, 1, 1)

        self.voltageCombo = QComboBox(self.customerGroup)
        self.voltageCombo.setObjectName(u"voltageCombo")
        self.voltageCombo.setEditable(True)

        self.customerGrid.addWidget(self.voltageCombo, 3, 1, 1, 1)

        self.capacityLabel = QLabel(self.customerGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.customerGrid.addWidget(self.capacityLabel, 3, 2, 1, 1)

        self.capacitySpin = QDoubleSpinBox(self.customerGroup)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(1000000.000000000000000)
        self.capacitySpin.setDecimals(1)
        self.capacitySpin.setSpecialValueText(u"-")

        self.customerGrid.addWidget(self.capacitySpin, 3, 3, 1, 1)

        self.contactLabel = QLabel(self.customerGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.customerGrid.addWidget(self.contactLabel, 4, 0, 1, 1)

        self.contactEdit = QLineEdit(self.customerGroup)
        self.contactEdit.setObjectName(u"contactEdit")

        self.customerGrid.addWidget(self.contactEdit, 4, 1, 1, 1)

        self.phoneLabel = QLabel(self.customerGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.customerGrid.addWidget(self.phoneLabel, 4, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.customerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.customerGrid.addWidget(self.phoneEdit, 4, 3, 1, 1)

        self.idNumberLabel = QLabel(self.customerGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.customerGrid.addWidget(self.idNumberLabel, 5, 0, 1, 1)

        self.idNumberEdit = QLineEdit(self.customerGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(18)

        self.customerGrid.addWidget(self.idNumberEdit, 5, 1, 1, 1)

        self.acceptedLabel = QLabel(self.customerGroup)
        self.acceptedLabel.setObjectName(u"acceptedLabel")

        self.customerGrid.addWidget(self.acceptedLabel, 5, 2, 1, 1)

        self.acceptedDate = QDateEdit(self.customerGroup)
        self.acceptedDate.setObjectName(u"acceptedDate")
        self.acceptedDate.setCalendarPopup(True)
        self.acceptedDate.setDisplayFormat(u"yyyy-MM-dd")

        self.customerGrid.addWidget(self.acceptedDate, 5, 3, 1, 1)

        self.addressLabel = QLabel(self.customerGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.customerGrid.addWidget(self.addressLabel, 6, 0, 1, 1)

        self.addressEdit = QLineEdit(self.customerGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.customerGrid.addWidget(self.addressEdit, 6, 1, 1, 3)

        self.managerLabel = QLabel(self.customerGroup)
        self.managerLabel.setObjectName(u"managerLabel")

        self.customerGrid.addWidget(self.managerLabel, 7, 0, 1, 1)

        self.managerEdit = QLineEdit(self.customerGroup)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setMaxLength(40)

        self.customerGrid.addWidget(self.managerEdit, 7, 1, 1, 1)

        self.managerPhoneLabel = QLabel(self.customerGroup)
        self.managerPhoneLabel.setObjectName(u"managerPhoneLabel")

        self.customerGrid.addWidget(self.managerPhoneLabel, 7, 2, 1, 1)

        self.managerPhoneEdit = QLineEdit(self.customerGroup)
        self.managerPhoneEdit.setObjectName(u"managerPhoneEdit")

        self.customerGrid.addWidget(self.managerPhoneEdit, 7, 3, 1, 1)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.smallBusinessCheck = QCheckBox(self.customerGroup)
        self.smallBusinessCheck.setObjectName(u"smallBusinessCheck")

        self.flagsLayout.addWidget(self.smallBusinessCheck)

        self.importantLoadCheck = QCheckBox(self.customerGroup)
        self.importantLoadCheck.setObjectName(u"importantLoadCheck")

        self.flagsLayout.addWidget(self.importantLoadCheck)

        self.gridWorksCheck = QCheckBox(self.customerGroup)
        self.gridWorksCheck.setObjectName(u"gridWorksCheck")

        self.flagsLayout.addWidget(self.gridWorksCheck)

        self.nonlinearLoadCheck = QCheckBox(self.customerGroup)
        self.nonlinearLoadCheck.setObjectName(u"nonlinearLoadCheck")

        self.flagsLayout.addWidget(self.nonlinearLoadCheck)

        self.arrearsCheckedCheck = QCheckBox(self.customerGroup)
        self.arrearsCheckedCheck.setObjectName(u"arrearsCheckedCheck")

        self.flagsLayout.addWidget(self.arrearsCheckedCheck)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsLayout.addItem(self.flagsSpacer)


        self.customerGrid.addLayout(self.flagsLayout, 8, 0, 1, 4)

        self.missingDocumentsLabel = QLabel(self.customerGroup)
        self.missingDocumentsLabel.setObjectName(u"missingDocumentsLabel")

        self.customerGrid.addWidget(self.missingDocumentsLabel, 9, 0, 1, 1)

        self.missingDocumentsEdit = QLineEdit(self.customerGroup)
        self.missingDocumentsEdit.setObjectName(u"missingDocumentsEdit")
        self.missingDocumentsEdit.setMaxLength(500)

        self.customerGrid.addWidget(self.missingDocumentsEdit, 9, 1, 1, 3)

        self.customerGrid.setColumnStretch(1, 1)
        self.customerGrid.setColumnStretch(3, 1)

        self.mainLayout.addWidget(self.customerGroup)

        self.bottomTabs = QTabWidget(CaseDialog)
        self.bottomTabs.setObjectName(u"bottomTabs")
        self.stagesTab = QWidget()
        self.stagesTab.setObjectName(u"stagesTab")
        self.stagesTabLayout = QVBoxLayout(self.stagesTab)
        self.stagesTabLayout.setObjectName(u"stagesTabLayout")
        self.stagesTabLayout.setContentsMargins(0, 0, 0, 0)
        self.stagesGroup = QGroupBox(self.stagesTab)
        self.stagesGroup.setObjectName(u"stagesGroup")
        self.stagesGroup.setFlat(True)
        self.stagesLayout = QVBoxLayout(self.stagesGroup)
        self.stagesLayout.setObjectName(u"stagesLayout")
        self.stagesTable = QTableView(self.stagesGroup)
        self.stagesTable.setObjectName(u"stagesTable")
        self.stagesTable.setMinimumSize(QSize(0, 150))
        self.stagesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stagesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stagesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.stagesLayout.addWidget(self.stagesTable)

        self.stageButtons = QHBoxLayout()
        self.stageButtons.setObjectName(u"stageButtons")
        self.completeButton = QPushButton(self.stagesGroup)
        self.completeButton.setObjectName(u"completeButton")

        self.stageButtons.addWidget(self.completeButton)

        self.eventButton = QPushButton(self.stagesGroup)
        self.eventButton.setObjectName(u"eventButton")

        self.stageButtons.addWidget(self.eventButton)

        self.pauseButton = QPushButton(self.stagesGroup)
        self.pauseButton.setObjectName(u"pauseButton")

        self.stageButtons.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(self.stagesGroup)
        self.resumeButton.setObjectName(u"resumeButton")

        self.stageButtons.addWidget(self.resumeButton)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageButtons.addItem(self.stageSpacer)

        self.ruleLabel = QLabel(self.stagesGroup)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.stageButtons.addWidget(self.ruleLabel)


        self.stagesLayout.addLayout(self.stageButtons)


        self.stagesTabLayout.addWidget(self.stagesGroup)

        self.bottomTabs.addTab(self.stagesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyGroup = QGroupBox(self.historyTab)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyGroup.setFlat(True)
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyText = QPlainTextEdit(self.historyGroup)
        self.historyText.setObjectName(u"historyText")
        self.historyText.setReadOnly(True)

        self.historyLayout.addWidget(self.historyText)


        self.historyTabLayout.addWidget(self.historyGroup)

        self.bottomTabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.bottomTabs)

        self.errorLabel = QLabel(CaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationCombo)
        self.caseNumberLabel.setBuddy(self.caseNumberEdit)
        self.customerNameLabel.setBuddy(self.customerNameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.businessTypeLabel.setBuddy(self.businessTypeCombo)
        self.ledgerLabel.setBuddy(self.ledgerCombo)
        self.voltageLabel.setBuddy(self.voltageCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.acceptedLabel.setBuddy(self.acceptedDate)
        self.addressLabel.setBuddy(self.addressEdit)
        self.managerLabel.setBuddy(self.managerEdit)
        self.managerPhoneLabel.setBuddy(self.managerPhoneEdit)
        self.missingDocumentsLabel.setBuddy(self.missingDocumentsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stationCombo, self.caseNumberEdit)
        QWidget.setTabOrder(self.caseNumberEdit, self.customerNameEdit)
        QWidget.setTabOrder(self.customerNameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.businessTypeCombo)
        QWidget.setTabOrder(self.businessTypeCombo, self.ledgerCombo)
        QWidget.setTabOrder(self.ledgerCombo, self.voltageCombo)
        QWidget.setTabOrder(self.voltageCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.acceptedDate)
        QWidget.setTabOrder(self.acceptedDate, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.managerEdit)
        QWidget.setTabOrder(self.managerEdit, self.managerPhoneEdit)
        QWidget.setTabOrder(self.managerPhoneEdit, self.smallBusinessCheck)
        QWidget.setTabOrder(self.smallBusinessCheck, self.importantLoadCheck)
        QWidget.setTabOrder(self.importantLoadCheck, self.gridWorksCheck)
        QWidget.setTabOrder(self.gridWorksCheck, self.nonlinearLoadCheck)
        QWidget.setTabOrder(self.nonlinearLoadCheck, self.arrearsCheckedCheck)
        QWidget.setTabOrder(self.arrearsCheckedCheck, self.missingDocumentsEdit)
        QWidget.setTabOrder(self.missingDocumentsEdit, self.stagesTable)

        self.retranslateUi(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Case", None))
        self.customerGroup.setTitle(QCoreApplication.translate("CaseDialog", u"Application", None))
        self.stationLabel.setText(QCoreApplication.translate("CaseDialog", u"Station", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("CaseDialog", u"Case number", None))
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Numbered automatically", None))
        self.customerNameLabel.setText(QCoreApplication.translate("CaseDialog", u"Customer name", None))
        self.categoryLabel.setText(QCoreApplication.translate("CaseDialog", u"Category", None))
        self.businessTypeLabel.setText(QCoreApplication.translate("CaseDialog", u"Business type", None))
        self.ledgerLabel.setText(QCoreApplication.translate("CaseDialog", u"Ledger", None))
        self.voltageLabel.setText(QCoreApplication.translate("CaseDialog", u"Voltage", None))
        self.capacityLabel.setText(QCoreApplication.translate("CaseDialog", u"Capacity (kVA)", None))
        self.contactLabel.setText(QCoreApplication.translate("CaseDialog", u"Contact", None))
        self.phoneLabel.setText(QCoreApplication.translate("CaseDialog", u"Phone", None))
        self.idNumberLabel.setText(QCoreApplication.translate("CaseDialog", u"ID or credit code", None))
        self.acceptedLabel.setText(QCoreApplication.translate("CaseDialog", u"Accepted on", None))
        self.addressLabel.setText(QCoreApplication.translate("CaseDialog", u"Address", None))
        self.managerLabel.setText(QCoreApplication.translate("CaseDialog", u"Customer manager", None))
        self.managerEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Named on the contact card", None))
        self.managerPhoneLabel.setText(QCoreApplication.translate("CaseDialog", u"Manager's phone", None))
        self.smallBusinessCheck.setText(QCoreApplication.translate("CaseDialog", u"Small business", None))
        self.importantLoadCheck.setText(QCoreApplication.translate("CaseDialog", u"Important or special load", None))
        self.gridWorksCheck.setText(QCoreApplication.translate("CaseDialog", u"Has grid works", None))
        self.nonlinearLoadCheck.setText(QCoreApplication.translate("CaseDialog", u"Non-linear load", None))
#if QT_CONFIG(tooltip)
        self.nonlinearLoadCheck.setToolTip(QCoreApplication.translate("CaseDialog", u"Harmonic or impact loads: the customer gets the written power-quality notice", None))
#endif // QT_CONFIG(tooltip)
        self.arrearsCheckedCheck.setText(QCoreApplication.translate("CaseDialog", u"Arrears checked", None))
#if QT_CONFIG(tooltip)
        self.arrearsCheckedCheck.setToolTip(QCoreApplication.translate("CaseDialog", u"Seed 003 art. 18(2): the customer's past use, arrears and credit were checked at acceptance", None))
#endif // QT_CONFIG(tooltip)
        self.missingDocumentsLabel.setText(QCoreApplication.translate("CaseDialog", u"Missing documents", None))
        self.missingDocumentsEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"What the customer still has to bring, separated by \u3001 (printed on the missing-documents notice)", None))
        self.completeButton.setText(QCoreApplication.translate("CaseDialog", u"Record &completion\u2026", None))
        self.eventButton.setText(QCoreApplication.translate("CaseDialog", u"Customer &event\u2026", None))
        self.pauseButton.setText(QCoreApplication.translate("CaseDialog", u"&Pause clock\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("CaseDialog", u"&Resume clock\u2026", None))
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.stagesTab), QCoreApplication.translate("CaseDialog", u"Stages", None))
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.historyTab), QCoreApplication.translate("CaseDialog", u"Change history", None))
    # retranslateUi

