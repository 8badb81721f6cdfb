// The source of the shipped base taxonomy (taxonomy/ixp-2026.xsd and its linkbases). generate.ts turns this into
// XML; test/taxonomy checks that the committed files are exactly what it generates, so the two never drift.
// Concept names follow the nearest US-GAAP element where one exists (named in the reference linkbase), so a
// reader who knows US-GAAP recognises them; company-style press-release measures get names of their own.

export type ConceptKind =
  | 'monetary'
  | 'shares'
  | 'perShare'
  | 'percent'
  | 'string'
  | 'token'
  | 'date'
  | 'abstract'
  | 'domain'
  | 'dimension'
  | 'hypercube';

export interface ConceptDef {
  name: string;
  kind: ConceptKind;
  /** Default duration; balance-sheet amounts are instants. */
  period?: 'instant' | 'duration';
  balance?: 'debit' | 'credit';
  /** Standard label. */
  label: string;
  terse?: string;
  /** Total label, for concepts that are the total of a summation. */
  total?: string;
  /** Negated label text, when it should read differently from the standard label. */
  negated?: string;
  documentation: string;
  /** Nearest element of the US-GAAP (or dei / srt) taxonomy, as prefix:LocalName. */
  nearest?: string;
}

/** A presentation tree node: concept name and children (abstract headings have children). */
export type PresNode = [string, PresNode[]?];

/** A summation: total and its items; weights follow from the balances (same balance +1, opposite -1). */
export type Summation = [string, string[]];

export interface RoleDef {
  /** Role id (used in roleType/@id and file-internal references). */
  id: string;
  /** Sort key and title, e.g. "100 - Statement - Balance Sheet". */
  definition: string;
  presentation: PresNode;
  calculations: Summation[];
}

const m = (
  name: string,
  balance: 'debit' | 'credit',
  period: 'instant' | 'duration',
  label: string,
  documentation: string,
  nearest?: string,
  extra: Partial<ConceptDef> = {},
): ConceptDef => ({ name, kind: 'monetary', balance, period, label, documentation, nearest, ...extra });

const abstract = (name: string, label: string): ConceptDef => ({
  name,
  kind: 'abstract',
  label,
  documentation: `Heading: ${label}.`,
});

/** Per-share concepts read tersely under their "per share" heading: "Net income (loss)". */
const perShare = (name: string, label: string, documentation: string, nearest: string): ConceptDef => ({
  name,
  kind: 'perShare',
  period: 'duration',
  label,
  terse: label.replace(/ per (basic|diluted|basic and diluted) share$/, ''),
  documentation,
  nearest,
});

/** Share counts read tersely under their "weighted average shares" heading: "Basic". */
const shares = (name: string, label: string, documentation: string, nearest: string): ConceptDef => ({
  name,
  kind: 'shares',
  period: 'duration',
  label,
  terse: label.replace(/ weighted average shares outstanding$/, '').replace(/^b/, 'B'),
  documentation,
  nearest,
});

const percent = (name: string, label: string, documentation: string): ConceptDef => ({
  name,
  kind: 'percent',
  period: 'duration',
  label,
  terse: '% of revenue',
  documentation,
});

export const COVER_CONCEPTS: ConceptDef[] = [
  abstract('CoverAbstract', 'Cover [Abstract]'),
  { name: 'DocumentType', kind: 'string', label: 'Document type', documentation: 'The type of document, e.g. 8-K or EX-99.1.', nearest: 'dei:DocumentType' },
  { name: 'DocumentReleaseDate', kind: 'date', label: 'Document release date', documentation: 'The date the release was issued (dateline of the release).', nearest: 'dei:DocumentPeriodEndDate' },
  { name: 'DocumentPeriodEndDate', kind: 'date', label: 'Document period end date', documentation: 'The end of the latest reporting period the release covers.', nearest: 'dei:DocumentPeriodEndDate' },
  { name: 'EntityRegistrantName', kind: 'string', label: 'Entity registrant name', documentation: 'The exact name of the entity issuing the release.', nearest: 'dei:EntityRegistrantName' },
  { name: 'EntityCentralIndexKey', kind: 'token', label: 'Entity central index key', documentation: 'The SEC Central Index Key of the entity.', nearest: 'dei:EntityCentralIndexKey' },
  { name: 'TradingSymbol', kind: 'token', label: 'Trading symbol', documentation: 'The ticker symbol of the entity\'s listed security.', nearest: 'dei:TradingSymbol' },
  { name: 'SecurityExchangeName', kind: 'string', label: 'Security exchange name', documentation: 'The name of the exchange the security is listed on.', nearest: 'dei:SecurityExchangeName' },
];

export const BALANCE_SHEET_CONCEPTS: ConceptDef[] = [
  abstract('BalanceSheetAbstract', 'Balance sheet [Abstract]'),
  abstract('AssetsAbstract', 'Assets [Abstract]'),
  abstract('AssetsCurrentAbstract', 'Current assets [Abstract]'),
  abstract('LiabilitiesAndStockholdersEquityAbstract', 'Liabilities and stockholders\' equity [Abstract]'),
  abstract('LiabilitiesCurrentAbstract', 'Current liabilities [Abstract]'),
  abstract('StockholdersEquityAbstract', 'Stockholders\' equity [Abstract]'),
  m('CashAndCashEquivalentsAtCarryingValue', 'debit', 'instant', 'Cash and cash equivalents', 'Unrestricted cash and highly liquid investments readily convertible to cash.', 'us-gaap:CashAndCashEquivalentsAtCarryingValue'),
  m('RestrictedInvestmentsCurrent', 'debit', 'instant', 'Restricted investments, current', 'Investments whose use is restricted, expected to be released within one year.', 'us-gaap:RestrictedInvestmentsCurrent', { terse: 'Restricted investments' }),
  m('ShortTermInvestments', 'debit', 'instant', 'Short-term investments', 'Investments held for sale or maturing within one year.', 'us-gaap:ShortTermInvestments'),
  m('AccountsReceivableNetCurrent', 'debit', 'instant', 'Accounts receivable, net', 'Amounts due from customers, net of allowances, due within one year.', 'us-gaap:AccountsReceivableNetCurrent'),
  m('OtherReceivablesCurrent', 'debit', 'instant', 'Other receivables', 'Receivables other than trade receivables, due within one year.', 'us-gaap:OtherReceivablesNetCurrent'),
  m('InventoryNet', 'debit', 'instant', 'Inventories', 'Inventories net of reserves.', 'us-gaap:InventoryNet'),
  m('AssetsHeldForSaleCurrent', 'debit', 'instant', 'Assets held for sale', 'Assets classified as held for sale.', 'us-gaap:DisposalGroupIncludingDiscontinuedOperationAssetsCurrent'),
  m('DeferredTaxAssetsNetCurrent', 'debit', 'instant', 'Deferred income taxes, current', 'Deferred tax assets, net, classified as current.', 'us-gaap:DeferredTaxAssetsNetCurrent'),
  m('PrepaidExpenseAndOtherAssetsCurrent', 'debit', 'instant', 'Prepaid expenses and other current assets', 'Prepaid expenses and other assets expected to be realised within one year.', 'us-gaap:PrepaidExpenseAndOtherAssetsCurrent'),
  m('AssetsCurrent', 'debit', 'instant', 'Current assets', 'Total of assets expected to be realised within one year.', 'us-gaap:AssetsCurrent', { total: 'Total current assets' }),
  m('PropertyPlantAndEquipmentNet', 'debit', 'instant', 'Property and equipment, net', 'Tangible long-lived assets net of accumulated depreciation.', 'us-gaap:PropertyPlantAndEquipmentNet'),
  m('RestrictedInvestmentsNoncurrent', 'debit', 'instant', 'Restricted investments, noncurrent', 'Investments whose use is restricted beyond one year.', 'us-gaap:RestrictedInvestmentsNoncurrent'),
  m('RestrictedCashAndInvestmentsNoncurrent', 'debit', 'instant', 'Restricted cash and investments, noncurrent', 'Cash and investments whose use is restricted beyond one year, however the release words them (restricted investments, restricted cash and cash equivalents).', 'us-gaap:RestrictedCashAndInvestmentsNoncurrent'),
  m('RestrictedCashAndCashEquivalentsNoncurrent', 'debit', 'instant', 'Restricted cash and cash equivalents, noncurrent', 'Cash whose use is restricted beyond one year.', 'us-gaap:RestrictedCashAndCashEquivalentsNoncurrent'),
  m('DeferredTaxAssetsNetNoncurrent', 'debit', 'instant', 'Deferred income taxes, noncurrent', 'Deferred tax assets, net, classified as noncurrent.', 'us-gaap:DeferredIncomeTaxAssetsNet'),
  m('DeferredFinanceCostsNet', 'debit', 'instant', 'Deferred financing costs, net', 'Capitalised debt issuance costs net of amortisation.', 'us-gaap:DeferredFinanceCostsNet'),
  m('IntangibleAssetsNetExcludingGoodwill', 'debit', 'instant', 'Intangibles, net', 'Intangible assets other than goodwill, net of amortisation.', 'us-gaap:IntangibleAssetsNetExcludingGoodwill'),
  m('Goodwill', 'debit', 'instant', 'Goodwill', 'Goodwill from business combinations.', 'us-gaap:Goodwill'),
  m('OtherAssetsNoncurrent', 'debit', 'instant', 'Other assets', 'Noncurrent assets not separately reported.', 'us-gaap:OtherAssetsNoncurrent'),
  m('Assets', 'debit', 'instant', 'Assets', 'Total assets.', 'us-gaap:Assets', { total: 'Total assets' }),
  m('LongTermDebtAndCapitalLeaseObligationsCurrent', 'credit', 'instant', 'Current maturities of long-term debt and capital leases', 'Portion of long-term debt and capital lease obligations due within one year.', 'us-gaap:LongTermDebtAndCapitalLeaseObligationsCurrent'),
  m('CapitalLeaseObligationsCurrent', 'credit', 'instant', 'Current maturities of capital lease obligations', 'Portion of capital lease obligations due within one year.', 'us-gaap:CapitalLeaseObligationsCurrent'),
  m('LongTermDebtCurrent', 'credit', 'instant', 'Current portion of long-term debt', 'Portion of long-term debt due within one year.', 'us-gaap:LongTermDebtCurrent'),
  m('LineOfCredit', 'credit', 'instant', 'Line of credit', 'Amount drawn under a line of credit.', 'us-gaap:LineOfCredit'),
  m('AccountsPayableCurrent', 'credit', 'instant', 'Accounts payable', 'Amounts owed to suppliers, due within one year.', 'us-gaap:AccountsPayableCurrent'),
  m('SalesAndExciseTaxPayableCurrent', 'credit', 'instant', 'Accrued sales tax payable', 'Sales and excise taxes owed, due within one year.', 'us-gaap:SalesAndExciseTaxPayableCurrent'),
  m('AccruedPropertyTaxesCurrent', 'credit', 'instant', 'Accrued property taxes payable', 'Property taxes accrued, due within one year.', 'us-gaap:AccrualForTaxesOtherThanIncomeTaxesCurrent'),
  m('AccruedBonusesCurrent', 'credit', 'instant', 'Accrued bonus', 'Bonuses accrued, due within one year.', 'us-gaap:AccruedBonusesCurrent'),
  m('AccruedIncomeTaxesCurrent', 'credit', 'instant', 'Income taxes payable, current', 'Income taxes owed, due within one year.', 'us-gaap:AccruedIncomeTaxesCurrent'),
  m('DeferredRevenueCurrent', 'credit', 'instant', 'Deferred revenue', 'Revenue received but not yet earned, to be recognised within one year.', 'us-gaap:ContractWithCustomerLiabilityCurrent'),
  m('AccruedLiabilitiesCurrent', 'credit', 'instant', 'Accrued liabilities', 'Accrued liabilities due within one year.', 'us-gaap:AccruedLiabilitiesCurrent'),
  m('OtherAccruedLiabilitiesCurrent', 'credit', 'instant', 'Accrued other expenses', 'Other accrued liabilities due within one year.', 'us-gaap:OtherAccruedLiabilitiesCurrent'),
  m('LiabilitiesCurrent', 'credit', 'instant', 'Current liabilities', 'Total of liabilities due within one year.', 'us-gaap:LiabilitiesCurrent', { total: 'Total current liabilities' }),
  m('CapitalLeaseObligationsNoncurrent', 'credit', 'instant', 'Capital lease obligations, noncurrent', 'Capital lease obligations due after one year.', 'us-gaap:CapitalLeaseObligationsNoncurrent'),
  m('DeferredRevenueNoncurrent', 'credit', 'instant', 'Long-term deferred revenue', 'Revenue received but not yet earned, to be recognised after one year.', 'us-gaap:ContractWithCustomerLiabilityNoncurrent'),
  m('OtherLiabilitiesNoncurrent', 'credit', 'instant', 'Other long-term liabilities', 'Noncurrent liabilities not separately reported.', 'us-gaap:OtherLiabilitiesNoncurrent'),
  m('LongTermDebtNoncurrent', 'credit', 'instant', 'Long-term debt, noncurrent', 'Borrowings due after one year.', 'us-gaap:LongTermDebtNoncurrent'),
  m('Debt', 'credit', 'instant', 'Debt', 'Borrowings of an unclassified balance sheet (current and noncurrent together).', 'us-gaap:DebtInstrumentCarryingAmount'),
  m('AccruedIncomeTaxes', 'credit', 'instant', 'Income taxes payable', 'Income taxes owed, in an unclassified balance sheet.', 'us-gaap:AccruedIncomeTaxes'),
  m('DeferredIncomeTaxLiabilitiesNet', 'credit', 'instant', 'Deferred income taxes (liability)', 'Deferred tax liabilities, net.', 'us-gaap:DeferredIncomeTaxLiabilitiesNet'),
  m('OtherLiabilities', 'credit', 'instant', 'Other liabilities', 'Liabilities not separately reported, in an unclassified balance sheet.', 'us-gaap:OtherLiabilities'),
  m('Liabilities', 'credit', 'instant', 'Liabilities', 'Total liabilities.', 'us-gaap:Liabilities', { total: 'Total liabilities' }),
  m('MinorityInterest', 'credit', 'instant', 'Minority interest', 'Equity in consolidated subsidiaries not held by the entity (noncontrolling interest).', 'us-gaap:MinorityInterest'),
  m('CommonStockValue', 'credit', 'instant', 'Common stock', 'Par or stated value of issued common stock.', 'us-gaap:CommonStockValue'),
  m('AdditionalPaidInCapital', 'credit', 'instant', 'Additional paid-in capital', 'Amounts paid for stock in excess of par value.', 'us-gaap:AdditionalPaidInCapital'),
  m('RetainedEarningsAccumulatedDeficit', 'credit', 'instant', 'Retained earnings (accumulated deficit)', 'Cumulative net income less dividends; negative when an accumulated deficit.', 'us-gaap:RetainedEarningsAccumulatedDeficit'),
  m('StockholdersEquity', 'credit', 'instant', 'Stockholders\' equity', 'Total stockholders\' equity.', 'us-gaap:StockholdersEquity', { total: 'Total stockholders\' equity' }),
  m('LiabilitiesAndStockholdersEquity', 'credit', 'instant', 'Liabilities and stockholders\' equity', 'Total liabilities and stockholders\' equity.', 'us-gaap:LiabilitiesAndStockholdersEquity', { total: 'Total liabilities and stockholders\' equity' }),
];

export const OPERATIONS_CONCEPTS: ConceptDef[] = [
  abstract('IncomeStatementAbstract', 'Statement of operations [Abstract]'),
  abstract('RevenuesAbstract', 'Operating revenues [Abstract]'),
  abstract('OperatingExpensesAbstract', 'Operating expenses [Abstract]'),
  abstract('NonoperatingIncomeExpenseAbstract', 'Nonoperating income (expense) [Abstract]'),
  abstract('WeightedAverageSharesAbstract', 'Weighted average shares outstanding [Abstract]'),
  abstract('EarningsPerShareAbstract', 'Earnings (loss) per share [Abstract]'),
  m('CoreCustomerRevenue', 'credit', 'duration', 'Core customer revenue', 'Revenue from services billed to end-user customers.', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax'),
  m('SwitchedAccessRevenue', 'credit', 'duration', 'Switched access revenue', 'Revenue from access charges billed to other carriers.', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax'),
  m('Revenues', 'credit', 'duration', 'Operating revenues', 'Total operating revenues.', 'us-gaap:Revenues', { total: 'Total operating revenues' }),
  m('CostOfRevenue', 'debit', 'duration', 'Cost of operating revenues', 'Cost of the goods and services sold.', 'us-gaap:CostOfRevenue'),
  m('CostOfRevenueExcludingDepreciationAndAmortization', 'debit', 'duration', 'Cost of operating revenues, excluding depreciation and amortization', 'Cost of the goods and services sold, excluding depreciation and amortization reported separately.', 'us-gaap:CostOfGoodsAndServiceExcludingDepreciationDepletionAndAmortization', { terse: 'Cost of operating revenues' }),
  m('SellingGeneralAndAdministrativeExpense', 'debit', 'duration', 'Selling, general and administrative', 'Selling, general and administrative expenses.', 'us-gaap:SellingGeneralAndAdministrativeExpense'),
  m('SellingGeneralAndAdministrativeExpenseExcludingDepreciationAndAmortization', 'debit', 'duration', 'Selling, general and administrative, excluding depreciation and amortization', 'Selling, general and administrative expenses, excluding depreciation and amortization reported separately.', 'us-gaap:SellingGeneralAndAdministrativeExpense', { terse: 'Selling, general and administrative' }),
  m('GeneralAndAdministrativeExpense', 'debit', 'duration', 'General and administrative', 'General and administrative expenses.', 'us-gaap:GeneralAndAdministrativeExpense'),
  m('ResearchAndDevelopmentExpense', 'debit', 'duration', 'Research and development', 'Research and development expenses.', 'us-gaap:ResearchAndDevelopmentExpense'),
  m('ProvisionForCreditLosses', 'debit', 'duration', 'Provision for credit losses', 'Expense recognised for expected credit losses on receivables and loans.', 'us-gaap:ProvisionForLoanLeaseAndOtherLosses'),
  m('ReorganizationExpense', 'debit', 'duration', 'Reorganization expense', 'Expenses of a reorganization under bankruptcy protection.', 'us-gaap:ReorganizationItems'),
  m('RestructuringCharges', 'debit', 'duration', 'Restructuring charges', 'Charges for restructuring activities.', 'us-gaap:RestructuringCharges'),
  m('ShareBasedCompensationExpense', 'debit', 'duration', 'Stock-based compensation expense', 'Expense recognised for share-based payment awards.', 'us-gaap:AllocatedShareBasedCompensationExpense'),
  m('NetworkOptimizationCost', 'debit', 'duration', 'Network optimization cost', 'Cost (negative: recovery) of exiting or reconfiguring network facilities.', 'us-gaap:RestructuringCharges'),
  m('GainLossOnSaleOfAssets', 'credit', 'duration', 'Gain (loss) on sale of assets, net', 'Net gain (positive) or loss (negative) on the sale of assets.', 'us-gaap:GainLossOnDispositionOfAssets', { negated: '(Gain) loss on sale of assets, net' }),
  m('DepreciationAndAmortization', 'debit', 'duration', 'Depreciation and amortization', 'Depreciation and amortization expense.', 'us-gaap:DepreciationDepletionAndAmortization'),
  m('AgentSellingExpenseWarrants', 'debit', 'duration', 'Agent selling expense - warrants', 'Selling expense recognised for warrants issued to sales agents.', 'us-gaap:SellingExpense'),
  m('OperatingExpenses', 'debit', 'duration', 'Operating expenses', 'Total operating expenses, cost of revenues not included.', 'us-gaap:OperatingExpenses', { total: 'Total operating expenses' }),
  m('CostsAndExpenses', 'debit', 'duration', 'Costs and expenses', 'Total operating costs and expenses, cost of revenues included (a release\'s "Total Operating Expenses" when its expense block lists cost of revenues).', 'us-gaap:CostsAndExpenses', { total: 'Total operating expenses' }),
  m('GrossProfit', 'credit', 'duration', 'Gross margin', 'Revenues less cost of revenues (GAAP gross margin).', 'us-gaap:GrossProfit'),
  m('OperatingIncomeLoss', 'credit', 'duration', 'Income (loss) from operations', 'Operating revenues less operating expenses; negative when a loss.', 'us-gaap:OperatingIncomeLoss'),
  m('GainLossOnInvestments', 'credit', 'duration', 'Gain (loss) on sale of investments, net', 'Net gain (positive) or loss (negative) on investments sold.', 'us-gaap:GainLossOnInvestments'),
  m('GainsLossesOnExtinguishmentOfDebt', 'credit', 'duration', 'Gain (loss) on discharge of debt', 'Gain (positive) or loss (negative) on extinguishment of debt.', 'us-gaap:GainsLossesOnExtinguishmentOfDebt'),
  m('OtherNonoperatingIncome', 'credit', 'duration', 'Other income', 'Nonoperating income not separately reported.', 'us-gaap:OtherNonoperatingIncome'),
  m('OtherNonoperatingExpense', 'debit', 'duration', 'Other expense', 'Nonoperating expense not separately reported.', 'us-gaap:OtherNonoperatingExpense'),
  m('OtherNonoperatingIncomeExpense', 'credit', 'duration', 'Other income (expense), net', 'Net nonoperating income (positive) or expense (negative) not separately reported.', 'us-gaap:OtherNonoperatingIncomeExpense'),
  m('InvestmentIncomeInterest', 'credit', 'duration', 'Interest income', 'Interest earned on investments and cash.', 'us-gaap:InvestmentIncomeInterest'),
  m('InterestExpense', 'debit', 'duration', 'Interest expense', 'Interest incurred on debt and leases.', 'us-gaap:InterestExpense'),
  m('IncomeLossFromEquityMethodInvestments', 'credit', 'duration', 'Equity in income (loss) of unconsolidated subsidiaries', 'The entity\'s share of the income of investees accounted for by the equity method.', 'us-gaap:IncomeLossFromEquityMethodInvestments'),
  m('IncomeLossFromContinuingOperationsBeforeIncomeTaxes', 'credit', 'duration', 'Income (loss) before income taxes', 'Income from continuing operations before income taxes; negative when a loss.', 'us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest'),
  m('IncomeTaxExpenseBenefit', 'debit', 'duration', 'Income tax expense (benefit)', 'Income tax expense; negative when a benefit.', 'us-gaap:IncomeTaxExpenseBenefit'),
  m('IncomeLossFromContinuingOperations', 'credit', 'duration', 'Income (loss) before discontinued operations', 'Income from continuing operations; negative when a loss.', 'us-gaap:IncomeLossFromContinuingOperations'),
  m('IncomeLossFromDiscontinuedOperations', 'credit', 'duration', 'Income (loss) from discontinued operations', 'Income from discontinued operations; negative when a loss.', 'us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTax'),
  m('NetIncomeLoss', 'credit', 'duration', 'Net income (loss)', 'Net income; negative when a net loss.', 'us-gaap:NetIncomeLoss'),
  m('PreferredStockDividendsIncomeStatementImpact', 'debit', 'duration', 'Accrued preferred stock dividends', 'Preferred stock dividends charged against net income.', 'us-gaap:PreferredStockDividendsIncomeStatementImpact'),
  m('NetIncomeLossAvailableToCommonStockholdersBasic', 'credit', 'duration', 'Net income (loss) applicable to common stockholders', 'Net income less preferred dividends; negative when a loss.', 'us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic'),
  shares('WeightedAverageNumberOfSharesOutstandingBasic', 'Basic weighted average shares outstanding', 'Weighted average number of common shares outstanding, basic.', 'us-gaap:WeightedAverageNumberOfSharesOutstandingBasic'),
  shares('WeightedAverageNumberOfDilutedSharesOutstanding', 'Diluted weighted average shares outstanding', 'Weighted average number of common shares outstanding, diluted.', 'us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding'),
  shares('WeightedAverageNumberOfShareOutstandingBasicAndDiluted', 'Basic and diluted weighted average shares outstanding', 'Weighted average number of common shares outstanding where basic and diluted are the same.', 'us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted'),
  perShare('IncomeLossFromContinuingOperationsPerBasicShare', 'Income (loss) before discontinued operations per basic share', 'Income from continuing operations per basic share.', 'us-gaap:IncomeLossFromContinuingOperationsPerBasicShare'),
  perShare('IncomeLossFromContinuingOperationsPerDilutedShare', 'Income (loss) before discontinued operations per diluted share', 'Income from continuing operations per diluted share.', 'us-gaap:IncomeLossFromContinuingOperationsPerDilutedShare'),
  perShare('IncomeLossFromContinuingOperationsPerBasicAndDilutedShare', 'Income (loss) before discontinued operations per basic and diluted share', 'Income from continuing operations per share, basic and diluted being the same.', 'us-gaap:IncomeLossFromContinuingOperationsPerBasicAndDilutedShare'),
  perShare('IncomeLossFromDiscontinuedOperationsPerBasicShare', 'Income (loss) from discontinued operations per basic share', 'Income from discontinued operations per basic share.', 'us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare'),
  perShare('IncomeLossFromDiscontinuedOperationsPerDilutedShare', 'Income (loss) from discontinued operations per diluted share', 'Income from discontinued operations per diluted share.', 'us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare'),
  perShare('IncomeLossFromDiscontinuedOperationsPerBasicAndDilutedShare', 'Income (loss) from discontinued operations per basic and diluted share', 'Income from discontinued operations per share, basic and diluted being the same.', 'us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicAndDilutedShare'),
  perShare('EarningsPerShareBasic', 'Net income (loss) per basic share', 'Net income applicable to common stockholders per basic share.', 'us-gaap:EarningsPerShareBasic'),
  perShare('EarningsPerShareDiluted', 'Net income (loss) per diluted share', 'Net income applicable to common stockholders per diluted share.', 'us-gaap:EarningsPerShareDiluted'),
  perShare('EarningsPerShareBasicAndDiluted', 'Net income (loss) per basic and diluted share', 'Net income applicable to common stockholders per share, basic and diluted being the same.', 'us-gaap:EarningsPerShareBasicAndDiluted'),
];

export const NON_GAAP_CONCEPTS: ConceptDef[] = [
  abstract('NonGaapMeasuresAbstract', 'Non-GAAP measures [Abstract]'),
  abstract('GuidanceAbstract', 'Guidance [Abstract]'),
  abstract('GrossMarginReconciliationAbstract', 'Reconciliation of adjusted gross margin to gross margin [Abstract]'),
  abstract('AdjustedEbitdaReconciliationAbstract', 'Reconciliation of Adjusted EBITDA to net income (loss) [Abstract]'),
  m('AdjustedGrossMargin', 'credit', 'duration', 'Adjusted gross margin', 'Revenues less cost of revenues excluding depreciation and amortization (non-GAAP).', 'us-gaap:GrossProfit'),
  percent('AdjustedGrossMarginPercentOfRevenue', 'Adjusted gross margin (% of revenue)', 'Adjusted gross margin divided by operating revenues (non-GAAP), a ratio (0.559 for 55.9%).'),
  percent('GrossProfitPercentOfRevenue', 'Gross margin (% of revenue)', 'Gross margin divided by operating revenues, a ratio.'),
  m('AdjustedEBITDA', 'credit', 'duration', 'Adjusted EBITDA', 'Earnings before interest, taxes, depreciation and amortization, adjusted for the items the release reconciles (non-GAAP).', 'us-gaap:OperatingIncomeLoss'),
  percent('AdjustedEBITDAPercentOfRevenue', 'Adjusted EBITDA (% of revenue)', 'Adjusted EBITDA divided by operating revenues (non-GAAP), a ratio.'),
  m('DepreciationAndAmortizationInCostOfRevenue', 'debit', 'duration', 'Depreciation and amortization allocated to cost of operating revenues', 'Depreciation and amortization related to cost of operating revenues.', 'us-gaap:CostDepreciationAmortizationAndDepletion', { terse: 'Depreciation and amortization (cost of operating revenues)' }),
  m('PaymentsToAcquirePropertyPlantAndEquipment', 'credit', 'duration', 'Capital expenditures', 'Cash paid for property and equipment (capital expenditures).', 'us-gaap:PaymentsToAcquirePropertyPlantAndEquipment', { terse: 'Total CAPEX' }),
];


/** Per-share amounts at a date (book value per share). */
const perShareAt = (name: string, label: string, documentation: string, nearest?: string): ConceptDef => ({
  name,
  kind: 'perShare',
  period: 'instant',
  label,
  documentation,
  nearest,
});

/** A ratio a release prints as a percent (return on assets, efficiency ratio), stored as a ratio (0.0125 for 1.25%). */
const ratio = (name: string, label: string, documentation: string, period: 'instant' | 'duration' = 'duration'): ConceptDef => ({
  name,
  kind: 'percent',
  period,
  label,
  documentation,
});

/**
 * What banks, savings institutions and consumer-finance companies print: interest income and expense by source,
 * non-interest income and expense, loans and their allowance, deposits and borrowings, asset quality, and the
 * ratios of a bank's release. Also lines of other industries the dev releases print (receivables acquired for
 * liquidation, investments in affiliates, minority interest in a subsidiary's result).
 */
export const BANK_CONCEPTS: ConceptDef[] = [
  abstract('BankIncomeStatementAbstract', 'Bank statement of income [Abstract]'),
  abstract('BankBalanceSheetAbstract', 'Bank statement of financial condition [Abstract]'),
  abstract('BankRatiosAbstract', 'Bank ratios and asset quality [Abstract]'),
  m('InterestAndFeeIncomeLoansAndLeases', 'credit', 'duration', 'Interest and fee income, loans', 'Interest and fees earned on loans.', 'us-gaap:InterestAndFeeIncomeLoansAndLeases'),
  m('InterestAndDividendIncomeSecurities', 'credit', 'duration', 'Interest and dividend income, securities', 'Interest and dividends earned on investment and mortgage-backed securities.', 'us-gaap:InterestAndDividendIncomeSecurities'),
  m('InterestAndDividendIncomeOperating', 'credit', 'duration', 'Interest and dividend income', 'Total interest and dividend income of a bank.', 'us-gaap:InterestAndDividendIncomeOperating', { total: 'Total interest income' }),
  m('InterestExpenseDeposits', 'debit', 'duration', 'Interest expense, deposits', 'Interest paid or accrued on deposits.', 'us-gaap:InterestExpenseDeposits'),
  m('InterestExpenseBorrowings', 'debit', 'duration', 'Interest expense, borrowings', 'Interest paid or accrued on borrowings (advances, repurchase agreements, other borrowed funds).', 'us-gaap:InterestExpenseBorrowings'),
  m('InterestIncomeExpenseNet', 'credit', 'duration', 'Net interest income', 'Interest and dividend income less interest expense.', 'us-gaap:InterestIncomeExpenseNet'),
  m('InterestIncomeExpenseAfterProvisionForLoanLoss', 'credit', 'duration', 'Net interest income after provision for loan losses', 'Net interest income less the provision for loan losses.', 'us-gaap:InterestIncomeExpenseAfterProvisionForLoanLoss'),
  m('FeesAndCommissions', 'credit', 'duration', 'Service fees', 'Service charges, fees and commissions earned.', 'us-gaap:FeesAndCommissions'),
  m('NoninterestIncome', 'credit', 'duration', 'Non-interest income', 'Total income other than interest and dividend income.', 'us-gaap:NoninterestIncome', { total: 'Total non-interest income' }),
  m('LaborAndRelatedExpense', 'debit', 'duration', 'Compensation and employee benefits', 'Salaries, wages and employee benefits.', 'us-gaap:LaborAndRelatedExpense'),
  m('OccupancyNet', 'debit', 'duration', 'Occupancy', 'Cost of occupying premises (rent, depreciation and upkeep of buildings).', 'us-gaap:OccupancyNet'),
  m('InformationTechnologyAndDataProcessing', 'debit', 'duration', 'Data processing', 'Data processing and information technology expense.', 'us-gaap:InformationTechnologyAndDataProcessing'),
  m('AdvertisingExpense', 'debit', 'duration', 'Advertising', 'Advertising and marketing expense.', 'us-gaap:AdvertisingExpense'),
  m('NoninterestExpense', 'debit', 'duration', 'Non-interest expense', 'Total expense other than interest expense and the provision for loan losses.', 'us-gaap:NoninterestExpense', { total: 'Total non-interest expense' }),
  m('FinanceIncome', 'credit', 'duration', 'Finance income', 'Income earned on finance receivables (e.g. consumer receivables acquired for liquidation).', 'us-gaap:InterestAndFeeIncomeLoansConsumer'),
  m('ThirdPartyServicingExpense', 'debit', 'duration', 'Third-party servicing', 'Fees paid to third parties that service or collect the entity\'s receivables.', 'us-gaap:OtherCostAndExpenseOperating'),
  m('GainLossOnNonmarketableInvestments', 'credit', 'duration', 'Recovery (write down) of nonmarketable investments', 'Recovery (positive) or write-down (negative) of investments without a readily determinable fair value.', 'us-gaap:EquitySecuritiesFvNiGainLoss'),
  m('MinorityInterestInIncomeLossOfConsolidatedSubsidiaries', 'credit', 'duration', 'Minority interest in loss (income) of consolidated subsidiaries', 'The minority holders\' share of a consolidated subsidiary\'s loss (positive: added back to reach net income) or income (negative).', 'us-gaap:NetIncomeLossAttributableToNoncontrollingInterest'),
  m('CashAndDueFromBanks', 'debit', 'instant', 'Cash and due from banks', 'Currency, coin and non-interest-bearing balances due from banks.', 'us-gaap:CashAndDueFromBanks'),
  m('InterestBearingDepositsInBanks', 'debit', 'instant', 'Interest-bearing deposits in banks', 'Interest-bearing balances held at other banks.', 'us-gaap:InterestBearingDepositsInBanks'),
  m('FederalHomeLoanBankStock', 'debit', 'instant', 'Federal Home Loan Bank stock', 'Required investment in the stock of a Federal Home Loan Bank.', 'us-gaap:FederalHomeLoanBankStock'),
  m('LoansAndLeasesReceivableGrossCarryingAmount', 'debit', 'instant', 'Loans receivable, gross', 'Loans before the allowance for loan losses.', 'us-gaap:LoansAndLeasesReceivableGrossCarryingAmount'),
  m('LoansAndLeasesReceivableAllowance', 'credit', 'instant', 'Allowance for loan losses', 'Reserve for the loan losses expected; a deduction from gross loans (positive).', 'us-gaap:LoansAndLeasesReceivableAllowance', { negated: 'Less allowance for loan losses' }),
  m('LoansAndLeasesReceivableNetReportedAmount', 'debit', 'instant', 'Loans receivable, net', 'Loans less the allowance for loan losses.', 'us-gaap:LoansAndLeasesReceivableNetReportedAmount', { total: 'Net loans receivable' }),
  m('LoansHeldForSale', 'debit', 'instant', 'Loans held for sale', 'Loans the entity intends to sell.', 'us-gaap:LoansReceivableHeldForSaleNetNotPartOfDisposalGroup'),
  m('InterestReceivable', 'debit', 'instant', 'Accrued interest receivable', 'Interest (and dividends) earned but not yet received.', 'us-gaap:InterestReceivable'),
  m('ConsumerReceivablesAcquiredForLiquidation', 'debit', 'instant', 'Consumer receivables acquired for liquidation', 'Portfolios of charged-off consumer receivables bought to be collected.', 'us-gaap:FinancingReceivableExcludingAccruedInterestAfterAllowanceForCreditLoss'),
  m('DepositsAssets', 'debit', 'instant', 'Deposit on receivable purchase', 'Amounts paid on deposit toward a purchase not yet completed.', 'us-gaap:DepositsAssets'),
  m('DueFromServicers', 'debit', 'instant', 'Due from servicers', 'Collections held by servicers and due to the entity.', 'us-gaap:OtherReceivables'),
  m('PrepaidTaxes', 'debit', 'instant', 'Prepaid income taxes', 'Income taxes paid in advance of the period they relate to.', 'us-gaap:PrepaidTaxes'),
  m('InvestmentsInAndAdvancesToAffiliates', 'debit', 'instant', 'Investment in and advances to affiliates', 'Investments in, and advances to, affiliated companies (equity method or cost).', 'us-gaap:InvestmentsInAndAdvancesToAffiliatesSubsidiariesAssociatesAndJointVentures'),
  m('Deposits', 'credit', 'instant', 'Deposits', 'Customer deposits held by a bank.', 'us-gaap:Deposits'),
  m('OtherBorrowings', 'credit', 'instant', 'Other borrowed funds', 'Borrowings other than deposits (advances, repurchase agreements).', 'us-gaap:OtherBorrowings'),
  m('AdvancePaymentsByBorrowersForTaxesAndInsurance', 'credit', 'instant', 'Advances by borrowers for taxes and insurance', 'Escrow funds borrowers pay for taxes and insurance.', 'us-gaap:AdvancePaymentsByBorrowersForTaxesAndInsurance'),
  m('AccumulatedOtherComprehensiveIncomeLossNetOfTax', 'credit', 'instant', 'Accumulated other comprehensive income (loss)', 'Accumulated other comprehensive income; negative when a loss.', 'us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax'),
  m('RetainedEarningsAndOtherEquity', 'credit', 'instant', 'Retained earnings and other', 'Retained earnings together with other equity components the release does not separate (e.g. accumulated other comprehensive income).', 'us-gaap:RetainedEarningsAccumulatedDeficit'),
  m('FinancingReceivableNonaccrualStatus', 'debit', 'instant', 'Non-accrual loans', 'Loans on which interest is no longer accrued.', 'us-gaap:FinancingReceivableExcludingAccruedInterestNonaccrual'),
  m('RealEstateAcquiredThroughForeclosure', 'debit', 'instant', 'Real estate owned', 'Real estate acquired through foreclosure (REO).', 'us-gaap:RealEstateAcquiredThroughForeclosure'),
  m('FinancingReceivable90DaysPastDueStillAccruing', 'debit', 'instant', 'Accruing loans 90 days past due', 'Loans 90 days or more past due on which interest is still accrued.', 'us-gaap:FinancingReceivableExcludingAccruedInterest90DaysOrMorePastDueStillAccruing'),
  m('NonperformingAssets', 'debit', 'instant', 'Non-performing assets', 'Non-performing loans plus real estate owned.', 'us-gaap:NonperformingAssets'),
  perShareAt('BookValuePerShare', 'Book value per share', 'Stockholders\' equity divided by the shares outstanding at the date.'),
  perShareAt('TangibleBookValuePerShare', 'Tangible book value per share', 'Stockholders\' equity less intangible assets, divided by the shares outstanding at the date.'),
  ratio('ReturnOnAverageAssets', 'Return on average assets', 'Net income (annualized) divided by average total assets, a ratio.'),
  ratio('ReturnOnAverageEquity', 'Return on average equity', 'Net income (annualized) divided by average stockholders\' equity, a ratio.'),
  ratio('EfficiencyRatio', 'Efficiency ratio', 'Non-interest expense divided by net interest income plus non-interest income, a ratio.'),
  ratio('NetInterestMargin', 'Net interest margin', 'Net interest income (annualized) divided by average interest-earning assets, a ratio.'),
  ratio('NetInterestSpread', 'Net interest spread', 'Yield on interest-earning assets less cost of interest-bearing liabilities, a ratio.'),
  ratio('EquityToAssetsRatio', 'Equity-to-assets ratio', 'Stockholders\' equity divided by total assets at the date, a ratio.', 'instant'),
];

/** Axes, domains and members, modelled on srt:StatementScenarioAxis, srt:RangeAxis and the pro forma / predecessor usage of US-GAAP filings. */
export const DIMENSION_CONCEPTS: ConceptDef[] = [
  { name: 'StatementTable', kind: 'hypercube', label: 'Statement [Table]', documentation: 'The hypercube every numeric line item may be reported in.' },
  abstract('StatementLineItems', 'Statement [Line Items]'),
  { name: 'StatementScenarioAxis', kind: 'dimension', label: 'Scenario [Axis]', documentation: 'Actual (default) or forecast figures.', nearest: 'srt:StatementScenarioAxis' },
  { name: 'ScenarioUnspecifiedDomain', kind: 'domain', label: 'Scenario, unspecified [Domain]', documentation: 'Default: figures as actually reported.', nearest: 'srt:ScenarioUnspecifiedDomain' },
  { name: 'ScenarioForecastMember', kind: 'domain', label: 'Forecast [Member]', documentation: 'Figures the entity forecasts (guidance).', nearest: 'srt:ScenarioForecastMember' },
  { name: 'RangeAxis', kind: 'dimension', label: 'Range [Axis]', documentation: 'Low or high end of a range the release gives.', nearest: 'srt:RangeAxis' },
  { name: 'RangeMember', kind: 'domain', label: 'Range [Domain]', documentation: 'Default: a single value, not one end of a range.', nearest: 'srt:RangeMember' },
  { name: 'MinimumMember', kind: 'domain', label: 'Minimum [Member]', documentation: 'The low end of a printed range: the left figure of a "Low - High" column. A guidance range is a low case and a high case of the whole table, so an expense printed as the low case\'s deduction stays in the low case even when it is the larger expense, and every printed subtotal of the low case adds up within it.', nearest: 'srt:MinimumMember' },
  { name: 'MaximumMember', kind: 'domain', label: 'Maximum [Member]', documentation: 'The high end of a printed range: the right figure of a "Low - High" column (see Minimum).', nearest: 'srt:MaximumMember' },
  { name: 'ProFormaAxis', kind: 'dimension', label: 'Pro forma [Axis]', documentation: 'Stand-alone figures of the entity (default) or pro forma figures combining it with an acquired business.', nearest: 'srt:StatementScenarioAxis' },
  { name: 'StandAloneMember', kind: 'domain', label: 'Stand-alone [Domain]', documentation: 'Default: the entity on its own, as reported.' },
  { name: 'ProFormaMember', kind: 'domain', label: 'Pro forma [Member]', documentation: 'Pro forma figures (e.g. combined with an acquired business).', nearest: 'srt:ProFormaMember' },
  { name: 'RestatementAxis', kind: 'dimension', label: 'Restatement [Axis]', documentation: 'Figures as now reported (default, restated where restated) or as previously reported before a restatement.', nearest: 'srt:RestatementAxis' },
  { name: 'RestatementDomain', kind: 'domain', label: 'Restatement [Domain]', documentation: 'Default: figures as reported in this release (as restated).', nearest: 'srt:RestatementDomain' },
  { name: 'ScenarioPreviouslyReportedMember', kind: 'domain', label: 'Previously reported [Member]', documentation: 'Figures as previously reported, before the restatement this release presents.', nearest: 'srt:ScenarioPreviouslyReportedMember' },
  { name: 'PredecessorSuccessorAxis', kind: 'dimension', label: 'Predecessor and successor [Axis]', documentation: 'Successor (default) or predecessor entity, for periods before a fresh-start or push-down basis change.' },
  { name: 'SuccessorMember', kind: 'domain', label: 'Successor [Domain]', documentation: 'Default: the reporting (successor, reorganized) entity.', nearest: 'srt:SuccessorMember' },
  { name: 'PredecessorMember', kind: 'domain', label: 'Predecessor [Member]', documentation: 'The predecessor entity, before the basis change.', nearest: 'srt:PredecessorMember' },
];

export const ALL_CONCEPTS: ConceptDef[] = [
  ...COVER_CONCEPTS,
  ...BALANCE_SHEET_CONCEPTS,
  ...OPERATIONS_CONCEPTS,
  ...NON_GAAP_CONCEPTS,
  ...BANK_CONCEPTS,
  ...DIMENSION_CONCEPTS,
];

/** Axis -> [default domain, members]; order fixes the order of dimension suffixes in context ids. */
export const AXES: [string, string, string[]][] = [
  ['StatementScenarioAxis', 'ScenarioUnspecifiedDomain', ['ScenarioForecastMember']],
  ['ProFormaAxis', 'StandAloneMember', ['ProFormaMember']],
  ['PredecessorSuccessorAxis', 'SuccessorMember', ['PredecessorMember']],
  ['RestatementAxis', 'RestatementDomain', ['ScenarioPreviouslyReportedMember']],
  ['RangeAxis', 'RangeMember', ['MinimumMember', 'MaximumMember']],
];

export const ROLES: RoleDef[] = [
  {
    id: 'Cover',
    definition: '0001 - Document - Cover',
    presentation: ['CoverAbstract', [
      ['DocumentType'], ['DocumentReleaseDate'], ['DocumentPeriodEndDate'], ['EntityRegistrantName'],
      ['EntityCentralIndexKey'], ['TradingSymbol'], ['SecurityExchangeName'],
    ]],
    calculations: [],
  },
  {
    id: 'BalanceSheet',
    definition: '0100 - Statement - Balance Sheet',
    presentation: ['BalanceSheetAbstract', [
      ['AssetsAbstract', [
        ['AssetsCurrentAbstract', [
          ['CashAndCashEquivalentsAtCarryingValue'], ['RestrictedInvestmentsCurrent'], ['ShortTermInvestments'],
          ['AccountsReceivableNetCurrent'], ['OtherReceivablesCurrent'], ['InventoryNet'], ['AssetsHeldForSaleCurrent'],
          ['DeferredTaxAssetsNetCurrent'], ['PrepaidExpenseAndOtherAssetsCurrent'], ['AssetsCurrent'],
        ]],
        ['PropertyPlantAndEquipmentNet'], ['RestrictedCashAndInvestmentsNoncurrent'], ['RestrictedInvestmentsNoncurrent'], ['RestrictedCashAndCashEquivalentsNoncurrent'],
        ['DeferredTaxAssetsNetNoncurrent'], ['DeferredFinanceCostsNet'], ['IntangibleAssetsNetExcludingGoodwill'], ['Goodwill'],
        ['OtherAssetsNoncurrent'], ['Assets'],
      ]],
      ['LiabilitiesAndStockholdersEquityAbstract', [
        ['LiabilitiesCurrentAbstract', [
          ['LongTermDebtAndCapitalLeaseObligationsCurrent'], ['CapitalLeaseObligationsCurrent'], ['LongTermDebtCurrent'],
          ['LineOfCredit'], ['AccountsPayableCurrent'], ['SalesAndExciseTaxPayableCurrent'], ['AccruedPropertyTaxesCurrent'],
          ['AccruedBonusesCurrent'], ['AccruedIncomeTaxesCurrent'], ['DeferredRevenueCurrent'], ['AccruedLiabilitiesCurrent'],
          ['OtherAccruedLiabilitiesCurrent'], ['LiabilitiesCurrent'],
        ]],
        ['CapitalLeaseObligationsNoncurrent'], ['LongTermDebtNoncurrent'], ['DeferredRevenueNoncurrent'], ['OtherLiabilitiesNoncurrent'], ['Debt'],
        ['AccruedIncomeTaxes'], ['DeferredIncomeTaxLiabilitiesNet'], ['OtherLiabilities'], ['Liabilities'],
        ['MinorityInterest'],
        ['StockholdersEquityAbstract', [
          ['CommonStockValue'], ['AdditionalPaidInCapital'], ['RetainedEarningsAccumulatedDeficit'], ['StockholdersEquity'],
        ]],
        ['LiabilitiesAndStockholdersEquity'],
      ]],
    ]],
    calculations: [
      ['AssetsCurrent', ['CashAndCashEquivalentsAtCarryingValue', 'RestrictedInvestmentsCurrent', 'ShortTermInvestments',
        'AccountsReceivableNetCurrent', 'OtherReceivablesCurrent', 'InventoryNet', 'AssetsHeldForSaleCurrent',
        'DeferredTaxAssetsNetCurrent', 'PrepaidExpenseAndOtherAssetsCurrent']],
      ['Assets', ['AssetsCurrent', 'PropertyPlantAndEquipmentNet', 'RestrictedCashAndInvestmentsNoncurrent', 'RestrictedInvestmentsNoncurrent',
        'RestrictedCashAndCashEquivalentsNoncurrent', 'DeferredTaxAssetsNetNoncurrent', 'DeferredFinanceCostsNet',
        'IntangibleAssetsNetExcludingGoodwill', 'Goodwill', 'OtherAssetsNoncurrent',
        // Unclassified balance sheets of banks and finance companies list these directly under total assets.
        'CashAndDueFromBanks', 'InterestBearingDepositsInBanks', 'FederalHomeLoanBankStock', 'LoansAndLeasesReceivableNetReportedAmount',
        'LoansHeldForSale', 'InterestReceivable', 'ConsumerReceivablesAcquiredForLiquidation', 'DepositsAssets', 'DueFromServicers',
        'PrepaidTaxes', 'InvestmentsInAndAdvancesToAffiliates']],
      ['LiabilitiesCurrent', ['LongTermDebtAndCapitalLeaseObligationsCurrent', 'CapitalLeaseObligationsCurrent',
        'LongTermDebtCurrent', 'LineOfCredit', 'AccountsPayableCurrent', 'SalesAndExciseTaxPayableCurrent',
        'AccruedPropertyTaxesCurrent', 'AccruedBonusesCurrent', 'AccruedIncomeTaxesCurrent', 'DeferredRevenueCurrent',
        'AccruedLiabilitiesCurrent', 'OtherAccruedLiabilitiesCurrent']],
      // Debt, income taxes payable, deferred tax liabilities and other liabilities of an unclassified balance sheet
      // sum into total liabilities directly; a classified one uses the current/noncurrent concepts instead.
      ['Liabilities', ['LiabilitiesCurrent', 'CapitalLeaseObligationsNoncurrent', 'LongTermDebtNoncurrent', 'DeferredRevenueNoncurrent',
        'OtherLiabilitiesNoncurrent', 'Debt', 'AccruedIncomeTaxes', 'DeferredIncomeTaxLiabilitiesNet', 'OtherLiabilities',
        'Deposits', 'OtherBorrowings', 'AdvancePaymentsByBorrowersForTaxesAndInsurance']],
      ['StockholdersEquity', ['CommonStockValue', 'AdditionalPaidInCapital', 'RetainedEarningsAccumulatedDeficit', 'RetainedEarningsAndOtherEquity',
        'AccumulatedOtherComprehensiveIncomeLossNetOfTax']],
      ['LiabilitiesAndStockholdersEquity', ['Liabilities', 'MinorityInterest', 'StockholdersEquity']],
    ],
  },
  {
    id: 'StatementOfOperations',
    definition: '0200 - Statement - Statement of Operations',
    presentation: ['IncomeStatementAbstract', [
      ['RevenuesAbstract', [['CoreCustomerRevenue'], ['SwitchedAccessRevenue'], ['Revenues']]],
      ['OperatingExpensesAbstract', [
        ['CostOfRevenue'], ['CostOfRevenueExcludingDepreciationAndAmortization'], ['SellingGeneralAndAdministrativeExpense'],
        ['SellingGeneralAndAdministrativeExpenseExcludingDepreciationAndAmortization'], ['GeneralAndAdministrativeExpense'],
        ['ResearchAndDevelopmentExpense'], ['ProvisionForCreditLosses'], ['ReorganizationExpense'], ['RestructuringCharges'], ['ShareBasedCompensationExpense'],
        ['AgentSellingExpenseWarrants'], ['NetworkOptimizationCost'], ['GainLossOnSaleOfAssets'], ['DepreciationAndAmortization'],
        ['OperatingExpenses'], ['CostsAndExpenses'],
      ]],
      ['GrossProfit'],
      ['OperatingIncomeLoss'],
      ['NonoperatingIncomeExpenseAbstract', [
        ['GainLossOnInvestments'], ['GainsLossesOnExtinguishmentOfDebt'], ['OtherNonoperatingIncome'], ['OtherNonoperatingExpense'],
        ['OtherNonoperatingIncomeExpense'], ['InvestmentIncomeInterest'], ['InterestExpense'],
      ]],
      ['IncomeLossFromContinuingOperationsBeforeIncomeTaxes'],
      ['IncomeTaxExpenseBenefit'],
      ['IncomeLossFromEquityMethodInvestments'],
      ['IncomeLossFromContinuingOperations'],
      ['IncomeLossFromDiscontinuedOperations'],
      ['NetIncomeLoss'],
      ['PreferredStockDividendsIncomeStatementImpact'],
      ['NetIncomeLossAvailableToCommonStockholdersBasic'],
      ['WeightedAverageSharesAbstract', [
        ['WeightedAverageNumberOfSharesOutstandingBasic'], ['WeightedAverageNumberOfDilutedSharesOutstanding'],
        ['WeightedAverageNumberOfShareOutstandingBasicAndDiluted'],
      ]],
      ['EarningsPerShareAbstract', [
        ['IncomeLossFromContinuingOperationsPerBasicAndDilutedShare'], ['IncomeLossFromDiscontinuedOperationsPerBasicAndDilutedShare'],
        ['EarningsPerShareBasicAndDiluted'],
        ['IncomeLossFromContinuingOperationsPerBasicShare'], ['IncomeLossFromDiscontinuedOperationsPerBasicShare'], ['EarningsPerShareBasic'],
        ['IncomeLossFromContinuingOperationsPerDilutedShare'], ['IncomeLossFromDiscontinuedOperationsPerDilutedShare'], ['EarningsPerShareDiluted'],
      ]],
    ]],
    // Operating income is deliberately not summed from revenues and operating expenses: guidance prints revenue
    // and operating income without operating expenses, and a Calculations 1.1 binding with only some items
    // reported would then report a false inconsistency. The reconciliation role sums it from Adjusted EBITDA.
    calculations: [
      ['Revenues', ['CoreCustomerRevenue', 'SwitchedAccessRevenue']],
      ['OperatingExpenses', ['SellingGeneralAndAdministrativeExpense',
        'SellingGeneralAndAdministrativeExpenseExcludingDepreciationAndAmortization', 'GeneralAndAdministrativeExpense',
        'ResearchAndDevelopmentExpense', 'ReorganizationExpense', 'RestructuringCharges', 'ShareBasedCompensationExpense',
        'AgentSellingExpenseWarrants', 'NetworkOptimizationCost', 'GainLossOnSaleOfAssets', 'DepreciationAndAmortization']],
      // Costs and expenses sums the same lines plus cost of revenues, directly: a release printing only the
      // grand total has no operating-expenses subtotal to sum.
      ['CostsAndExpenses', ['CostOfRevenue', 'CostOfRevenueExcludingDepreciationAndAmortization',
        'SellingGeneralAndAdministrativeExpense', 'SellingGeneralAndAdministrativeExpenseExcludingDepreciationAndAmortization',
        'GeneralAndAdministrativeExpense', 'ResearchAndDevelopmentExpense', 'ReorganizationExpense', 'RestructuringCharges',
        'ShareBasedCompensationExpense', 'AgentSellingExpenseWarrants', 'NetworkOptimizationCost', 'GainLossOnSaleOfAssets',
        'DepreciationAndAmortization']],
      ['IncomeLossFromContinuingOperations', ['OperatingIncomeLoss', 'GainLossOnInvestments', 'GainsLossesOnExtinguishmentOfDebt',
        'OtherNonoperatingIncome', 'OtherNonoperatingExpense', 'InvestmentIncomeInterest', 'InterestExpense']],
      ['NetIncomeLoss', ['IncomeLossFromContinuingOperations', 'IncomeLossFromDiscontinuedOperations']],
      ['NetIncomeLossAvailableToCommonStockholdersBasic', ['NetIncomeLoss', 'PreferredStockDividendsIncomeStatementImpact']],
      ['EarningsPerShareBasicAndDiluted', ['IncomeLossFromContinuingOperationsPerBasicAndDilutedShare',
        'IncomeLossFromDiscontinuedOperationsPerBasicAndDilutedShare']],
      ['EarningsPerShareBasic', ['IncomeLossFromContinuingOperationsPerBasicShare', 'IncomeLossFromDiscontinuedOperationsPerBasicShare']],
      ['EarningsPerShareDiluted', ['IncomeLossFromContinuingOperationsPerDilutedShare', 'IncomeLossFromDiscontinuedOperationsPerDilutedShare']],
    ],
  },
  {
    id: 'NonGaapReconciliation',
    definition: '0300 - Statement - Non-GAAP Measures and Reconciliation to GAAP',
    presentation: ['NonGaapMeasuresAbstract', [
      ['AdjustedGrossMargin'], ['AdjustedGrossMarginPercentOfRevenue'], ['GrossProfitPercentOfRevenue'],
      ['AdjustedEBITDA'], ['AdjustedEBITDAPercentOfRevenue'],
      ['GrossMarginReconciliationAbstract', [
        ['AdjustedGrossMargin'], ['DepreciationAndAmortizationInCostOfRevenue'], ['GrossProfit'],
      ]],
      ['AdjustedEbitdaReconciliationAbstract', [
        ['AdjustedEBITDA'], ['AgentSellingExpenseWarrants'], ['DepreciationAndAmortization'], ['ReorganizationExpense'],
        ['NetworkOptimizationCost'], ['GainLossOnSaleOfAssets'], ['ShareBasedCompensationExpense'], ['OperatingIncomeLoss'],
        ['GainLossOnInvestments'], ['GainsLossesOnExtinguishmentOfDebt'], ['OtherNonoperatingIncome'], ['OtherNonoperatingExpense'],
        ['InvestmentIncomeInterest'], ['InterestExpense'], ['IncomeLossFromContinuingOperations'],
        ['IncomeLossFromDiscontinuedOperations'], ['NetIncomeLoss'],
      ]],
    ]],
    calculations: [
      ['AdjustedGrossMargin', ['Revenues', 'CostOfRevenueExcludingDepreciationAndAmortization']],
      ['AdjustedEBITDA', ['AdjustedGrossMargin', 'SellingGeneralAndAdministrativeExpenseExcludingDepreciationAndAmortization']],
      ['GrossProfit', ['AdjustedGrossMargin', 'DepreciationAndAmortizationInCostOfRevenue']],
      ['OperatingIncomeLoss', ['AdjustedEBITDA', 'AgentSellingExpenseWarrants', 'DepreciationAndAmortization',
        'ReorganizationExpense', 'NetworkOptimizationCost', 'GainLossOnSaleOfAssets', 'ShareBasedCompensationExpense']],
    ],
  },
  {
    id: 'Guidance',
    definition: '0400 - Statement - Guidance',
    presentation: ['GuidanceAbstract', [
      ['Revenues'], ['AdjustedEBITDA'], ['DepreciationAndAmortization'], ['GainLossOnSaleOfAssets'], ['AgentSellingExpenseWarrants'],
      ['ShareBasedCompensationExpense'], ['OperatingIncomeLoss'], ['InvestmentIncomeInterest'], ['InterestExpense'],
      ['OtherNonoperatingExpense'], ['IncomeLossFromContinuingOperations'], ['IncomeLossFromDiscontinuedOperations'],
      ['NetIncomeLoss'], ['PaymentsToAcquirePropertyPlantAndEquipment'],
    ]],
    calculations: [],
  },
  {
    id: 'Bank',
    definition: '0500 - Statement - Bank Statements, Ratios and Asset Quality',
    presentation: ['BankIncomeStatementAbstract', [
      ['InterestAndFeeIncomeLoansAndLeases'], ['InterestAndDividendIncomeSecurities'], ['FinanceIncome'], ['InterestAndDividendIncomeOperating'],
      ['InterestExpenseDeposits'], ['InterestExpenseBorrowings'], ['InterestExpense'], ['InterestIncomeExpenseNet'],
      ['ProvisionForCreditLosses'], ['InterestIncomeExpenseAfterProvisionForLoanLoss'],
      ['FeesAndCommissions'], ['NoninterestIncome'],
      ['LaborAndRelatedExpense'], ['OccupancyNet'], ['InformationTechnologyAndDataProcessing'], ['AdvertisingExpense'],
      ['ThirdPartyServicingExpense'], ['NoninterestExpense'],
      ['GainLossOnNonmarketableInvestments'], ['MinorityInterestInIncomeLossOfConsolidatedSubsidiaries'],
      ['BankBalanceSheetAbstract', [
        ['CashAndDueFromBanks'], ['InterestBearingDepositsInBanks'], ['FederalHomeLoanBankStock'],
        ['LoansAndLeasesReceivableGrossCarryingAmount'], ['LoansAndLeasesReceivableAllowance'], ['LoansAndLeasesReceivableNetReportedAmount'],
        ['LoansHeldForSale'], ['InterestReceivable'], ['ConsumerReceivablesAcquiredForLiquidation'], ['DepositsAssets'], ['DueFromServicers'],
        ['PrepaidTaxes'], ['InvestmentsInAndAdvancesToAffiliates'],
        ['Deposits'], ['OtherBorrowings'], ['AdvancePaymentsByBorrowersForTaxesAndInsurance'],
        ['AccumulatedOtherComprehensiveIncomeLossNetOfTax'], ['RetainedEarningsAndOtherEquity'],
      ]],
      ['BankRatiosAbstract', [
        ['FinancingReceivableNonaccrualStatus'], ['FinancingReceivable90DaysPastDueStillAccruing'], ['RealEstateAcquiredThroughForeclosure'],
        ['NonperformingAssets'], ['BookValuePerShare'], ['TangibleBookValuePerShare'], ['ReturnOnAverageAssets'], ['ReturnOnAverageEquity'],
        ['EfficiencyRatio'], ['NetInterestMargin'], ['NetInterestSpread'], ['EquityToAssetsRatio'],
      ]],
    ]],
    // Only the net-loans identity: how a bank adds up its income statement varies (subtractions printed
    // unsigned), so those totals are calculations of each filing's extension, confirmed on its numbers.
    calculations: [
      ['LoansAndLeasesReceivableNetReportedAmount', ['LoansAndLeasesReceivableGrossCarryingAmount', 'LoansAndLeasesReceivableAllowance']],
    ],
  },
];
