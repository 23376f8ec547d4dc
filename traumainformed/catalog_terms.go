package traumainformed

import "github.com/wholeperson/integrative/evidence"

// Locators used by several terms.
const (
	locNIDATable = "terms to avoid and terms to use instead"
	locONDCP     = "background: a case vignette describing a \"substance abuser\" drew more punitive judgments from clinicians than " +
		"one describing a \"person with a substance use disorder\"; the term \"abuse\" is strongly associated with negative judgments and punishment"
	locPersonFirst = "strategies (1) use person-first language and (4) avoid labels"
)

var terms = []Term{
	{
		ID:      "addict",
		Forms:   []string{"addict", "addicts"},
		Instead: []string{"person with a substance use disorder", "person who uses drugs", "person in recovery"},
		Why:     "Labels a person by a condition; person-first language separates the person from the disorder.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable), srcBotticelliKoh, withLocator(srcONDCP, locONDCP), srcVolkow},
	},
	{
		ID:      "drug-user",
		Forms:   []string{"drug user", "drug users", "substance user", "substance users"},
		Instead: []string{"person who uses drugs", "person with a substance use disorder"},
		Why:     "Labels a person by a behavior rather than describing the person.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "junkie",
		Forms:   []string{"junkie", "junkies"},
		Instead: []string{"person with a substance use disorder"},
		Why:     "A slur that labels and demeans the person.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID: "abuser",
		Forms: []string{"substance abuser", "substance abusers", "drug abuser", "drug abusers",
			"alcohol abuser", "alcohol abusers"},
		Instead: []string{"person with a substance use disorder", "person who uses drugs"},
		Why: "In a randomized study, clinicians judged a person described as a \"substance abuser\" more deserving of " +
			"punishment and more to blame than the same person described as having a substance use disorder.",
		Sources: []evidence.Source{srcKellyWesterhoff, withLocator(srcONDCP, locONDCP), withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "substance-abuse",
		Forms:   []string{"substance abuse", "drug abuse", "alcohol abuse", "opioid abuse"},
		Instead: []string{"substance use disorder (for the diagnosis)", "substance misuse", "unhealthy substance use"},
		Why: "\"Abuse\" is associated with negative judgments and punishment and is no longer a diagnosis (DSM-5 uses " +
			"substance use disorder). Abuse of a person (child abuse, sexual abuse) is not this term.",
		Sources: []evidence.Source{withLocator(srcONDCP, locONDCP), withLocator(srcNIDAWords, locNIDATable), srcVolkow},
	},
	// Drinks, the name of a mutual-help fellowship and ICD-10-CM diagnostic
	// names ("alcoholic liver disease", K70) are excepted. Some style guides
	// now prefer "alcohol-associated liver disease"; that guidance is not
	// encoded here because its source could not be dated.
	{
		ID:    "alcoholic",
		Forms: []string{"alcoholic", "alcoholics"},
		Except: []string{"alcoholic beverage", "alcoholic beverages", "alcoholic drink", "alcoholic drinks",
			"non-alcoholic", "alcoholics anonymous", "alcoholic liver disease", "alcoholic hepatitis",
			"alcoholic cirrhosis", "alcoholic pancreatitis", "alcoholic cardiomyopathy"},
		Instead: []string{"person with an alcohol use disorder", "person in recovery"},
		Why:     "Labels a person by a condition.",
		Sources: []evidence.Source{srcVolkow, withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "alcoholism",
		Forms:   []string{"alcoholism"},
		Instead: []string{"alcohol use disorder"},
		Why:     "Not a current diagnosis; alcohol use disorder is the DSM-5 term and avoids a moral frame.",
		Sources: []evidence.Source{srcVolkow},
	},
	{
		ID: "clean-or-dirty-test",
		Forms: []string{"clean urine", "dirty urine", "clean screen", "dirty screen", "clean test", "dirty test",
			"clean drug screen", "dirty drug screen", "clean drug test", "dirty drug test", "clean urine test",
			"dirty urine test", "clean tox screen", "dirty tox screen"},
		Instead: []string{"negative test result", "positive test result"},
		Why:     "Calls a test result, and by implication the person, clean or dirty; no other medical test is described that way.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID: "being-clean",
		Forms: []string{"being clean", "been clean", "stay clean", "stays clean", "stayed clean", "staying clean",
			"get clean", "got clean", "getting clean"},
		Instead: []string{"in remission", "in recovery", "not currently using substances"},
		Why:     "Implies that a person who uses substances is dirty.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "drug-habit",
		Forms:   []string{"drug habit", "drug habits"},
		Instead: []string{"substance use disorder"},
		Why:     "Implies a choice that willpower alone could change, rather than a treatable medical condition.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "opioid-replacement",
		Forms:   []string{"opioid replacement", "opioid substitution"},
		Instead: []string{"medication for opioid use disorder", "opioid agonist treatment"},
		Why:     "Implies that treatment swaps one drug for another, rather than treating a medical condition.",
		Sources: []evidence.Source{withLocator(srcNIDAWords, locNIDATable)},
	},
	{
		ID:      "committed-suicide",
		Forms:   []string{"committed suicide", "commit suicide", "commits suicide", "committing suicide"},
		Instead: []string{"died by suicide", "took their own life", "killed themself"},
		Why:     "\"Commit\" implies a crime; suicide is not one.",
		Sources: []evidence.Source{srcAPSuicide},
	},
	{
		ID: "failed-suicide-attempt",
		Forms: []string{"unsuccessful suicide attempt", "unsuccessful suicide attempts", "failed suicide attempt",
			"failed suicide attempts"},
		Instead: []string{"suicide attempt", "attempted suicide", "survived a suicide attempt"},
		Why:     "Frames surviving as a failure.",
		Sources: []evidence.Source{srcAPSuicide},
	},
	{
		ID:      "non-compliant",
		Forms:   []string{"non-compliant", "noncompliant", "non-compliance", "noncompliance"},
		Instead: []string{"not taking as prescribed", "looking for other options", "chose a different option"},
		Why: "Casts the person as disobedient and hides the reasons (side effects, cost, access, preference) that a " +
			"collaborative plan needs to know.",
		Sources: []evidence.Source{
			withLocator(srcONDCP, "reframing labels: a person described as \"non-compliant\" is seen instead as \"looking for other options\""),
			withLocator(srcHealy, locPersonFirst+"; (6) avoid blaming patients"),
		},
	},
	{
		ID:      "the-mentally-ill",
		Forms:   []string{"the mentally ill"},
		Instead: []string{"people with mental illness"},
		Why:     "People shown \"the mentally ill\" were less tolerant than people shown \"people with mental illness\", professional counselors most of all.",
		Sources: []evidence.Source{srcGranello},
	},
	{
		ID:      "schizophrenic",
		Forms:   []string{"schizophrenic", "schizophrenics"},
		Instead: []string{"person with schizophrenia", "symptoms of schizophrenia"},
		Why:     "Labels a person by a diagnosis; person-first language separates the person from the condition.",
		Sources: []evidence.Source{withLocator(srcHealy, locPersonFirst), srcGranello},
	},
}
