/** Reads the real search synonym groups with the schema the build uses. */
import { z } from 'astro/zod';
import { SearchSynonymGroupSchema } from '~/schemas/search-synonyms';
import { DATA_DIR, readYaml } from './data';

export function loadSearchSynonyms() {
	return z.array(SearchSynonymGroupSchema).parse(readYaml(`${DATA_DIR}search-synonyms.yaml`));
}
