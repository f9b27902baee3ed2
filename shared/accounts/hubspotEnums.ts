/**
 * HubSpot stores dropdown properties as internal values (`COMPUTER_SOFTWARE`,
 * `marketingqualifiedlead`) and some exports write those instead of the labels people see.
 * An import maps them to HubSpot's labels, so "FINANCIAL_SERVICES" and "Financial Services"
 * are one industry, and the ICP profile's industry list matches both.
 */

/**
 * The labels of HubSpot's default company `industry` property (148 options). Each internal
 * value is its label in upper case, every run of other characters one underscore
 * (`internalValueOf`): 'Glass, Ceramics & Concrete' is GLASS_CERAMICS_CONCRETE.
 */
const INDUSTRY_LABELS = [
  'Accounting',
  'Airlines/Aviation',
  'Alternative Dispute Resolution',
  'Alternative Medicine',
  'Animation',
  'Apparel & Fashion',
  'Architecture & Planning',
  'Arts and Crafts',
  'Automotive',
  'Aviation & Aerospace',
  'Banking',
  'Biotechnology',
  'Broadcast Media',
  'Building Materials',
  'Business Supplies and Equipment',
  'Capital Markets',
  'Chemicals',
  'Civic & Social Organization',
  'Civil Engineering',
  'Commercial Real Estate',
  'Computer & Network Security',
  'Computer Games',
  'Computer Hardware',
  'Computer Networking',
  'Computer Software',
  'Internet',
  'Construction',
  'Consumer Electronics',
  'Consumer Goods',
  'Consumer Services',
  'Cosmetics',
  'Dairy',
  'Defense & Space',
  'Design',
  'Education Management',
  'E-Learning',
  'Electrical/Electronic Manufacturing',
  'Entertainment',
  'Environmental Services',
  'Events Services',
  'Executive Office',
  'Facilities Services',
  'Farming',
  'Financial Services',
  'Fine Art',
  'Fishery',
  'Food & Beverages',
  'Food Production',
  'Fund-Raising',
  'Furniture',
  'Gambling & Casinos',
  'Glass, Ceramics & Concrete',
  'Government Administration',
  'Government Relations',
  'Graphic Design',
  'Health, Wellness and Fitness',
  'Higher Education',
  'Hospital & Health Care',
  'Hospitality',
  'Human Resources',
  'Import and Export',
  'Individual & Family Services',
  'Industrial Automation',
  'Information Services',
  'Information Technology and Services',
  'Insurance',
  'International Affairs',
  'International Trade and Development',
  'Investment Banking',
  'Investment Management',
  'Judiciary',
  'Law Enforcement',
  'Law Practice',
  'Legal Services',
  'Legislative Office',
  'Leisure, Travel & Tourism',
  'Libraries',
  'Logistics and Supply Chain',
  'Luxury Goods & Jewelry',
  'Machinery',
  'Management Consulting',
  'Maritime',
  'Market Research',
  'Marketing and Advertising',
  'Mechanical or Industrial Engineering',
  'Media Production',
  'Medical Devices',
  'Medical Practice',
  'Mental Health Care',
  'Military',
  'Mining & Metals',
  'Mobile Games',
  'Motion Pictures and Film',
  'Museums and Institutions',
  'Music',
  'Nanotechnology',
  'Newspapers',
  'Non-Profit Organization Management',
  'Oil & Energy',
  'Online Media',
  'Outsourcing/Offshoring',
  'Package/Freight Delivery',
  'Packaging and Containers',
  'Paper & Forest Products',
  'Performing Arts',
  'Pharmaceuticals',
  'Philanthropy',
  'Photography',
  'Plastics',
  'Political Organization',
  'Primary/Secondary Education',
  'Printing',
  'Professional Training & Coaching',
  'Program Development',
  'Public Policy',
  'Public Relations and Communications',
  'Public Safety',
  'Publishing',
  'Railroad Manufacture',
  'Ranching',
  'Real Estate',
  'Recreational Facilities and Services',
  'Religious Institutions',
  'Renewables & Environment',
  'Research',
  'Restaurants',
  'Retail',
  'Security and Investigations',
  'Semiconductors',
  'Shipbuilding',
  'Sporting Goods',
  'Sports',
  'Staffing and Recruiting',
  'Supermarkets',
  'Telecommunications',
  'Textiles',
  'Think Tanks',
  'Tobacco',
  'Translation and Localization',
  'Transportation/Trucking/Railroad',
  'Utilities',
  'Venture Capital & Private Equity',
  'Veterinary',
  'Warehousing',
  'Wholesale',
  'Wine and Spirits',
  'Wireless',
  'Writing and Editing',
] as const;

/** 'Apparel & Fashion' → 'APPAREL_FASHION', 'E-Learning' → 'E_LEARNING'. */
export function internalValueOf(label: string): string {
  return label
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const INDUSTRY_BY_VALUE: ReadonlyMap<string, string> = new Map(
  INDUSTRY_LABELS.map((label) => [internalValueOf(label), label]),
);

/** Every HubSpot industry: internal value → label. */
export const HUBSPOT_INDUSTRIES: ReadonlyMap<string, string> = INDUSTRY_BY_VALUE;

const UPPER_SNAKE = /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/;
const SMALL_WORDS = new Set(['AND', 'OR', 'OF', 'THE', 'FOR', 'IN', 'ON', 'TO']);

/** 'SOME_NEW_VALUE' → 'Some New Value': for values HubSpot added after this list. */
function titleCase(value: string): string {
  return value
    .split('_')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

const UPPER_WORD = /^[A-Z]{3,}$/;

/**
 * The label for an industry cell: a HubSpot internal value becomes its label; an unknown
 * value in HubSpot's UPPER_SNAKE shape is title-cased, and so is a single upper-case word in
 * a HubSpot file ("MEDIA", an option a portal added); anything else is kept as written.
 * Matching is exact, so a Salesforce "Banking" or an "IT" typed by hand stays as it is.
 */
export function industryLabel(value: string, fromHubspot = false): string {
  const known = INDUSTRY_BY_VALUE.get(value);
  if (known) return known;
  if (UPPER_SNAKE.test(value) || (fromHubspot && UPPER_WORD.test(value))) return titleCase(value);
  return value;
}

/**
 * Other company dropdowns a HubSpot export may hold as internal values, by the column's
 * header (as a label or as the property's internal name). They land in custom fields.
 */
const ENUMERATIONS: readonly { headers: readonly string[]; values: Record<string, string> }[] = [
  {
    headers: ['lifecyclestage', 'lifecycle stage'],
    values: {
      subscriber: 'Subscriber',
      lead: 'Lead',
      marketingqualifiedlead: 'Marketing Qualified Lead',
      salesqualifiedlead: 'Sales Qualified Lead',
      opportunity: 'Opportunity',
      customer: 'Customer',
      evangelist: 'Evangelist',
      other: 'Other',
    },
  },
  {
    headers: ['type', 'company type'],
    values: {
      PROSPECT: 'Prospect',
      PARTNER: 'Partner',
      RESELLER: 'Reseller',
      VENDOR: 'Vendor',
      OTHER: 'Other',
    },
  },
  {
    headers: ['hs_lead_status', 'lead status'],
    values: {
      NEW: 'New',
      OPEN: 'Open',
      IN_PROGRESS: 'In Progress',
      OPEN_DEAL: 'Open Deal',
      UNQUALIFIED: 'Unqualified',
      ATTEMPTED_TO_CONTACT: 'Attempted to Contact',
      CONNECTED: 'Connected',
      BAD_TIMING: 'Bad Timing',
    },
  },
];

const ENUM_BY_HEADER: ReadonlyMap<string, Record<string, string>> = new Map(
  ENUMERATIONS.flatMap((e) => e.headers.map((h) => [h, e.values] as const)),
);

/**
 * The label for a cell of a HubSpot dropdown column kept as a custom field, or the value
 * as written when the column or the value is not one HubSpot defines.
 */
export function hubspotEnumLabel(header: string, value: string): string {
  const values = ENUM_BY_HEADER.get(header.trim().toLowerCase());
  return values?.[value] ?? value;
}
