package medication

// Synonyms each enumeration's Parse and UnmarshalText accept besides its
// names: the abbreviations prescribers write (bid, q8h, PO, XR), UCUM unit
// codes (ug, ug/h) and spelled-out forms. Matching ignores case and treats
// '-', '_' and ' ' alike ("Once a day" is "once-a-day").
var (
	kindAliases = map[string]Kind{
		"medication": KindDrug, "medicine": KindDrug, "prescription-drug": KindDrug,
		"herb": KindSupplement, "herbal": KindSupplement, "dietary-supplement": KindSupplement,
	}
	severityAliases = map[string]Severity{
		"information": SeverityInfo, "informational": SeverityInfo,
		"monitoring": SeverityMonitor, "contraindication": SeverityContraindicated,
	}
	concernKindAliases = map[string]ConcernKind{
		"drug-interaction": ConcernInteraction, "ddi": ConcernInteraction,
		"dose-above-max": ConcernDoseAboveMaximum, "overdue": ConcernMonitoringOverdue, "due": ConcernMonitoringDue,
	}
	unitAliases = map[string]Unit{
		"milligram": UnitMg, "milligrams": UnitMg,
		"ug": UnitMcg, "µg": UnitMcg, "μg": UnitMcg, "microgram": UnitMcg, "micrograms": UnitMcg,
		"gram": UnitG, "grams": UnitG, "gm": UnitG,
		"mg/24-h": UnitMgPer24h, "mg/24hr": UnitMgPer24h, "mg/24-hr": UnitMgPer24h, "mg/(24.h)": UnitMgPer24h,
		"mcg/hr": UnitMcgPerHour, "ug/h": UnitMcgPerHour, "µg/h": UnitMcgPerHour, "μg/h": UnitMcgPerHour, "mcg/hour": UnitMcgPerHour,
	}
	frequencyAliases = map[string]Frequency{
		"daily": OnceDaily, "qd": OnceDaily, "od": OnceDaily, "q24h": OnceDaily, "once-a-day": OnceDaily, "qam": OnceDaily, "every-morning": OnceDaily,
		"bid": TwiceDaily, "q12h": TwiceDaily, "twice-a-day": TwiceDaily,
		"tid": ThreeTimesDaily, "q8h": ThreeTimesDaily, "three-times-a-day": ThreeTimesDaily,
		"qid": FourTimesDaily, "q6h": FourTimesDaily, "four-times-a-day": FourTimesDaily,
		"qhs": AtBedtime, "hs": AtBedtime, "nightly": AtBedtime, "at-night": AtBedtime, "bedtime": AtBedtime,
		"qod": EveryOtherDay, "q48h": EveryOtherDay,
		"once-a-week": Weekly, "qweek": Weekly, "qwk": Weekly, "every-week": Weekly,
		"q2w": EveryTwoWeeks, "q2wk": EveryTwoWeeks,
		"q4w": EveryFourWeeks, "q4wk": EveryFourWeeks,
		"q4h": EveryFourHours, "every-4-hours": EveryFourHours,
	}
	routeAliases = map[string]Route{
		"po": RouteOral, "by-mouth": RouteOral, "orally": RouteOral, "per-os": RouteOral,
		"sl": RouteSublingual,
		"td": RouteTransdermal, "patch": RouteTransdermal,
		"nasal": RouteIntranasal,
		"im":    RouteIntramuscular, "iv": RouteIntravenous,
		"sc": RouteSubcutaneous, "sq": RouteSubcutaneous, "subq": RouteSubcutaneous, "subcut": RouteSubcutaneous,
		"pr": RouteRectal, "inh": RouteInhaled, "inhalation": RouteInhaled,
	}
	releaseAliases = map[string]Release{
		"ir": ReleaseImmediate, "immediate-release": ReleaseImmediate,
		"sr": ReleaseSustained, "sustained-release": ReleaseSustained,
		"er": ReleaseExtended, "xr": ReleaseExtended, "xl": ReleaseExtended, "cr": ReleaseExtended, "la": ReleaseExtended,
		"extended-release": ReleaseExtended, "controlled-release": ReleaseExtended,
		"dr": ReleaseDelayed, "ec": ReleaseDelayed, "delayed-release": ReleaseDelayed, "enteric-coated": ReleaseDelayed,
	}
	stopReasonAliases = map[string]StopReason{
		"not-effective": StopIneffective, "lack-of-efficacy": StopIneffective, "no-response": StopIneffective,
		"side-effect": StopSideEffects, "adverse-effects": StopSideEffects, "adverse-event": StopSideEffects,
		"course-completed": StopCompleted, "patient-choice": StopPersonChoice, "patient-preference": StopPersonChoice,
		"drug-interaction": StopInteraction,
	}
	adherenceAliases = map[string]Adherence{
		"adherent": TakingAsPrescribed, "taking-as-directed": TakingAsPrescribed,
		"nonadherent": NotTakingAsPrescribed, "non-adherent": NotTakingAsPrescribed, "partially-adherent": NotTakingAsPrescribed,
		"stopped": StoppedTaking, "discontinued": StoppedTaking,
	}
	testAliases = map[string]Test{
		"lithium": TestLithiumLevel, "serum-lithium": TestLithiumLevel,
		"creatinine": TestRenalFunction, "egfr": TestRenalFunction, "renal": TestRenalFunction, "kidney-function": TestRenalFunction,
		"tsh": TestThyroidFunction, "thyroid": TestThyroidFunction,
		"lft": TestLiverFunction, "lfts": TestLiverFunction, "liver": TestLiverFunction, "liver-enzymes": TestLiverFunction,
		"cbc": TestBloodCount, "fbc": TestBloodCount, "complete-blood-count": TestBloodCount,
		"coagulation":  TestPlateletsCoagulation,
		"serum-sodium": TestSodium, "na": TestSodium,
		"absolute-neutrophil-count": TestANC,
		"body-weight":               TestWeight, "waist": TestWaist,
		"bp":      TestBloodPressure,
		"glucose": TestFastingGlucose, "fasting-plasma-glucose": TestFastingGlucose, "fpg": TestFastingGlucose,
		"lipids": TestLipids, "lipid-panel": TestLipids, "lipid-profile": TestLipids,
		"ekg": TestECG, "electrocardiogram": TestECG,
		"hla-b*15:02": TestHLAB1502, "hla-b1502": TestHLAB1502,
		"visit": TestFollowUp, "review": TestFollowUp,
	}
	classAliases = map[string]Class{
		"selective-serotonin-reuptake-inhibitor": ClassSSRI, "ssris": ClassSSRI,
		"serotonin-norepinephrine-reuptake-inhibitor": ClassSNRI, "snris": ClassSNRI,
		"tca": ClassTricyclic, "tcas": ClassTricyclic, "tricyclic-antidepressant": ClassTricyclic,
		"mao-inhibitor": ClassMAOI, "maois": ClassMAOI, "monoamine-oxidase-inhibitor": ClassMAOI,
		"fga": ClassFGA, "typical-antipsychotic": ClassFGA,
		"sga": ClassSGA, "atypical-antipsychotic": ClassSGA,
		"benzodiazepines": ClassBenzodiazepine, "benzos": ClassBenzodiazepine, "benzo": ClassBenzodiazepine,
		"opioids": ClassOpioidAnalgesic, "opioid": ClassOpioidAnalgesic,
		"nsaids": ClassNSAID, "triptans": ClassTriptan, "stimulants": ClassStimulant,
	}
	basisAliases = map[string]Basis{
		"contraindication": BasisContraindicated, "boxed": BasisBoxedWarning, "black-box-warning": BasisBoxedWarning,
		"not-recommended": BasisAvoid, "dose-adjustment": BasisAdjust,
	}
)
